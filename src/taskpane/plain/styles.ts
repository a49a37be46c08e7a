// The plain pane's look: close to the Fluent UI pane's (Segoe UI, cards, one primary button),
// in CSS that Internet Explorer 11 understands (no variables, no grid gaps, no flex gap).
export const PLAIN_PANE_CSS = `
body { margin: 0; font-family: "Segoe UI", "Malgun Gothic", "맑은 고딕", sans-serif; font-size: 14px;
  color: #242424; background: #fafafa; }
.pane { padding: 12px; min-width: 280px; box-sizing: border-box; }
h1 { font-size: 20px; font-weight: 600; margin: 0 0 8px 0; }
h2 { font-size: 16px; font-weight: 600; margin: 0 0 8px 0; }
p { margin: 0 0 6px 0; }
.card { background: #fff; border: 1px solid #e0e0e0; border-radius: 4px; padding: 12px;
  margin: 0 0 12px 0; }
button { display: block; width: 100%; box-sizing: border-box; margin: 0 0 8px 0; padding: 6px 12px;
  font: inherit; color: #242424; background: #fff; border: 1px solid #d1d1d1; border-radius: 4px;
  cursor: pointer; }
button.primary { color: #fff; background: #0f6cbd; border-color: #0f6cbd; }
button.small { display: inline-block; width: auto; margin: 4px 8px 0 0; padding: 2px 8px; }
button[disabled] { color: #bdbdbd; background: #f0f0f0; border-color: #e0e0e0; cursor: default; }
textarea { display: block; width: 100%; box-sizing: border-box; margin: 0 0 8px 0; padding: 4px;
  font: inherit; font-size: 12px; }
select { display: block; width: 100%; margin: 0 0 8px 0; padding: 4px; font: inherit; }
.label { display: block; margin: 4px 0 4px 0; }
.caption { font-size: 12px; color: #616161; }
.next-step { padding: 6px 10px; margin: 0 0 12px 0; border-left: 3px solid #0f6cbd; background: #f5f5f5; }
.next-step h3 { font-size: 14px; margin: 0 0 4px 0; }
.notice { padding: 8px 12px; margin: 0 0 12px 0; border: 1px solid #e0e0e0; border-radius: 4px; }
.notice-success { background: #f1faf1; border-color: #9fd89f; }
.notice-warning { background: #fff9f5; border-color: #fdcfb4; }
.notice-error { background: #fdf3f4; border-color: #eeacb2; }
.notice-info { background: #f5f5f5; }
.score { font-size: 28px; font-weight: 600; margin: 0 12px 0 4px; }
.badge { display: inline-block; padding: 0 6px; margin: 0 4px 4px 0; border-radius: 4px;
  color: #1b1b1b; font-size: 12px; line-height: 20px; }
.badge-error { font-weight: 700; }
.mark { display: inline-block; padding: 0 6px; border: 1px solid #107c10; border-radius: 4px;
  color: #107c10; font-size: 12px; line-height: 20px; }
.mark-provisional { color: #1b1b1b; background: #fce100; border-color: #fce100; font-weight: 600; }
.flag { display: inline-block; padding: 0 6px; border: 1px solid; border-radius: 4px;
  font-size: 12px; }
.flag-error { color: #b10e1c; border-color: #b10e1c; }
.flag-warning { color: #8a3707; border-color: #bc4b09; }
.list { list-style: none; margin: 8px 0 0 0; padding: 0; }
.list li { margin: 0 0 8px 0; }
.note { font-size: 12px; color: #616161; }
`;
