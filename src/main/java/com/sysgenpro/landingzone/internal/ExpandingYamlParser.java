package com.sysgenpro.landingzone.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.sysgenpro.landingzone.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser with anchors and aliases expanded, nesting bounded and duplicate keys collected.
 *
 * <p>Jackson reads an alias ({@code *sites}) as the text {@code sites}. This parser instead replays the events of the
 * anchored node in its place, so that the tree holds the value the alias stands for. It stays at the level of
 * SnakeYAML's events, under Jackson's parser, so that scalars keep the types Jackson gives them (the estate reader
 * relies on {@code 2027-01-01} being text and {@code 9000} a number); the hook it overrides is the one Jackson made
 * for this. Replayed events are counted: aliases may add at most {@link YamlTree#MAX_ALIAS_VALUES} values, which keeps
 * a "billion laughs" document (aliases of aliases, each doubling the last) to a few milliseconds of work.
 */
final class ExpandingYamlParser extends YAMLParser {

    /** A document refused while it is read: where, and what to do about it. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String path;

        Refusal(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /**
     * The factory whose parsers expand aliases; Jackson creates parsers through its factory only. Its settings are
     * {@link YAMLFactory}'s defaults, as the estate reader had them: built through {@code YAMLFactory.builder()}, it
     * would lose {@code EMPTY_STRING_AS_NULL} (Jackson 2.18), and {@code shortName:} would read as text, not absent.
     */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new ExpandingYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    /** An anchored mapping or list whose end has not been read yet. */
    private record Open(String anchor, int start, int depth) {
    }

    /** Every event of the current document as returned, aliases expanded: anchors are ranges of it. */
    private final List<Event> log = new ArrayList<>();
    private final Map<String, int[]> anchors = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> keys = new ArrayDeque<>();
    private final List<Problem> duplicates = new ArrayList<>();
    private int replayNext;
    private int replayEnd;
    private AliasEvent replaying;
    private String replayingPath;
    private int depth;
    private int aliasValues;
    private int documentLine;

    private ExpandingYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
                                ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, formatFeatures, options, codec, reader);
    }

    /** The keys given twice in one mapping, each at the path of the second and with both lines. */
    List<Problem> duplicates() {
        return List.copyOf(duplicates);
    }

    /** The line where the document being read starts: its {@code ---}, or its first line when it has none. */
    int documentLine() {
        return documentLine;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == JsonToken.START_OBJECT) {
            keys.push(new HashMap<>());
        } else if (token == JsonToken.END_OBJECT) {
            keys.pop();
        } else if (token == JsonToken.FIELD_NAME) {
            int line = currentTokenLocation().getLineNr();
            Integer first = keys.element().putIfAbsent(currentName(), line);
            if (first != null) {
                duplicates.add(new Problem(path(false), "is given twice in the same mapping, at lines " + first + " and " + line
                    + "; keep one"));
            }
        }
        return token;
    }

    @Override
    protected Event getEvent() {
        boolean replayed = replayNext < replayEnd;
        Event event;
        if (replayed) {
            event = log.get(replayNext++);
            countAliasValue(event);
        } else {
            event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                startReplay(alias);
                return getEvent();
            }
            if (event instanceof DocumentStartEvent) {
                startDocument(event);
            }
        }
        checkKey(event);
        track(event, replayed);
        return event;
    }

    private void startDocument(Event event) {
        // Anchors belong to their document (YAML 1.2, 3.2.2.2): a later document cannot refer to an earlier one's.
        log.clear();
        anchors.clear();
        open.clear();
        documentLine = line(event.getStartMark());
    }

    private void startReplay(AliasEvent alias) {
        String name = alias.getAnchor();
        String where = " at " + at(alias.getStartMark());
        if (open.stream().anyMatch(node -> node.anchor().equals(name))) {
            throw new Refusal(path(true), "the alias *" + name + where + " is inside the value anchored &" + name
                + " it stands for, so that value would never end; refer to another anchor, or write the value out");
        }
        int[] range = anchors.get(name);
        if (range == null) {
            throw new Refusal(path(true), "the alias *" + name + where + " refers to no anchor: write &" + name
                + " on the value it stands for, before this line");
        }
        replayNext = range[0];
        replayEnd = range[1];
        replaying = alias;
        replayingPath = path(true);
    }

    private void countAliasValue(Event event) {
        if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
            aliasValues++;
            if (aliasValues > YamlTree.MAX_ALIAS_VALUES) {
                throw new Refusal(replayingPath, String.format(Locale.ROOT, "aliases expand the document to more than %,d values,"
                    + " the most they may add, at the alias *%s at %s: an alias bomb, or aliases of aliases repeating far more"
                    + " than an estate needs; alias smaller values, or write them out", YamlTree.MAX_ALIAS_VALUES,
                    replaying.getAnchor(), at(replaying.getStartMark())));
            }
        }
    }

    /** Jackson keeps only text keys and names the parser's event classes otherwise: say it in words first. */
    private void checkKey(Event event) {
        if (event instanceof CollectionStartEvent && _parsingContext.inObject() && _currToken != JsonToken.FIELD_NAME) {
            throw new Refusal(path(false), "the key at " + at(event.getStartMark()) + " is a list or a mapping;"
                + " the keys of an estate are text, such as name or environments");
        }
    }

    /** Keeps the depth and the anchors' ranges; the event is appended to the log. */
    private void track(Event event, boolean replayed) {
        int index = log.size();
        log.add(event);
        if (event instanceof CollectionStartEvent) {
            depth++;
            if (depth > YamlTree.MAX_DEPTH) {
                throw new Refusal(path(true), "nested deeper than " + YamlTree.MAX_DEPTH + " levels at " + at(event.getStartMark())
                    + "; an estate's deepest field is six levels down: close the brackets that are open, or indent less");
            }
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        }
        if (replayed) {
            // The anchors inside a repeated value were defined where it was written; repeating it defines none.
            return;
        }
        String anchor = event instanceof NodeEvent node && !(event instanceof AliasEvent) ? node.getAnchor() : null;
        if (anchor != null && event instanceof ScalarEvent) {
            anchors.put(anchor, new int[] {index, index + 1});
        } else if (anchor != null && event instanceof CollectionStartEvent) {
            open.push(new Open(anchor, index, depth));
        } else if (event instanceof CollectionEndEvent && !open.isEmpty() && open.element().depth() == depth + 1) {
            Open node = open.pop();
            anchors.put(node.anchor(), new int[] {node.start(), index + 1});
        }
    }

    /**
     * The estate path where the event goes, e.g. {@code businessUnits[0].sites}: {@code element} for a value not yet
     * counted in its list, whose index Jackson only advances once the event becomes a token.
     */
    private String path(boolean element) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = _parsingContext; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                // The index of the element the parser is in, or for a value still to come, of the next one.
                int index = element && context == _parsingContext ? context.getEntryCount() : context.getCurrentIndex();
                parts.add(0, "[" + index + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return Quoting.shorten(path.startsWith(".") ? path.substring(1) : path);
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static String at(Mark mark) {
        return mark == null ? "an unknown place" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
