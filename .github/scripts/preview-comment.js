// Posts a pull request's preview as one comment and updates that comment on every later run, so that the pull request
// carries one current preview rather than a trail of stale ones. The comment is found by the marker the report starts with
// (PreviewReport.MARKER in the Java code; a test keeps the two equal).
const fs = require('fs');

const MARKER = '<!-- lz-preview -->';
// GitHub refuses comment bodies over 65,536 characters.
const LIMIT = 65000;

module.exports = async ({github, context, core}, file) => {
  let body = fs.readFileSync(file, 'utf8');
  if (!body.startsWith(MARKER)) {
    throw new Error(`${file} does not start with ${MARKER}: not a report of ./lz preview`);
  }
  if (body.length > LIMIT) {
    body = body.slice(0, LIMIT) + '\n\n… cut to fit a comment: the whole report is in this run\'s "preview" artifact.\n';
  }
  const {owner, repo} = context.repo;
  const issue_number = context.issue.number;
  const comments = await github.paginate(github.rest.issues.listComments, {owner, repo, issue_number, per_page: 100});
  const previous = comments.find((comment) => comment.user && comment.user.type === 'Bot' && (comment.body || '').startsWith(MARKER));
  if (previous) {
    await github.rest.issues.updateComment({owner, repo, comment_id: previous.id, body});
    core.info(`updated preview comment ${previous.html_url}`);
  } else {
    const created = await github.rest.issues.createComment({owner, repo, issue_number, body});
    core.info(`posted preview comment ${created.data.html_url}`);
  }
};
