/* The admin's rich-text editor: django-prose-editor's ProseMirror/Tiptap bundle, set up with exactly the
 * elements content/models.py ALLOWED_TAGS keeps, under the site's CSP (no import map, no injected <style>).
 * Without JavaScript each field stays a textarea of HTML, which the server sanitises on save all the same.
 */
const fields = [...document.querySelectorAll("textarea[data-rich-text]")];

// What the editor can hold besides its headings; anything else in pasted text is dropped, and the editor is told.
const KEPT = new Set(["p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote",
  "abbr", "table", "thead", "tbody", "tr", "th", "td"]);
const IGNORED = new Set(["html", "head", "body", "meta", "title", "link"]);

/* The heading levels a field allows (data-heading-levels, from the model), as numbers. */
function headingLevels(textarea) {
  return (textarea.dataset.headingLevels || "2 3 4").split(" ").map(Number);
}

/* {h1: "h2", ...}: each heading outside `levels` becomes the nearest allowed one, as the server does
 * (content/models.py renamed_headings). */
function renamedHeadings(levels) {
  const renames = {};
  for (let level = 1; level <= 6; level++) {
    if (levels.includes(level)) continue;
    const nearest = [...levels].sort((a, b) => Math.abs(a - level) - Math.abs(b - level) || a - b)[0];
    renames[`h${level}`] = `h${nearest}`;
  }
  return renames;
}

function describePasted(html, renames) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const removed = new Map();
  const note = (what) => removed.set(what, (removed.get(what) || 0) + 1);
  for (const element of doc.body.querySelectorAll("*")) {
    const tag = element.localName;
    if (IGNORED.has(tag)) continue;
    if (renames[tag]) note(`<${tag}> heading made <${renames[tag]}>`);
    else if (!KEPT.has(tag) && !/^h[1-6]$/.test(tag)) note(`<${tag}>`);
    const href = tag === "a" && element.getAttribute("href");
    if (href && !/^(https?:|mailto:|tel:|\/|#)/i.test(href.trim())) note(`link to '${href.slice(0, 40)}' (text kept)`);
    if (element.hasAttribute("style")) note("style (fonts, colours, spacing)");
    if (element.hasAttribute("class")) note("class names");
  }
  const comments = doc.createNodeIterator(doc.body, NodeFilter.SHOW_COMMENT);
  while (comments.nextNode()) note("comments");
  return [...removed].map(([what, count]) => (count > 1 ? `${count} × ${what}` : what));
}

function renameHeadings(html, renames) {
  return html.replace(/<(\/?)(h[1-6])\b/gi, (match, slash, tag) => `<${slash}${renames[tag.toLowerCase()] || tag}`);
}

/* The editor's HTML as the server will keep it: no table sizing styles, no default spans. */
function cleanOutput(html) {
  if (/^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html)) return "";
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.body.querySelectorAll("colgroup").forEach((element) => element.remove());
  doc.body.querySelectorAll("[style]").forEach((element) => element.removeAttribute("style"));
  doc.body.querySelectorAll("th, td").forEach((cell) => {
    for (const name of ["colspan", "rowspan", "colwidth"]) {
      if (cell.getAttribute(name) === "1" || name === "colwidth") cell.removeAttribute(name);
    }
  });
  // The server's sanitiser sets rel itself, as the last attribute: write it the same way.
  doc.body.querySelectorAll("a").forEach((link) => {
    link.removeAttribute("rel");
    link.setAttribute("rel", "noopener noreferrer");
  });
  doc.body.querySelectorAll("th").forEach((cell) => {
    if (!cell.hasAttribute("scope")) cell.setAttribute("scope", cell.closest("thead") ? "col" : "row");
  });
  return doc.body.innerHTML;
}

/* The 'link to a page on this site' dialog, made the first time it is opened. */
function linkChooser(searchUrl) {
  let dialog, input, status, results, editor;
  let searches = 0;

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "link-chooser";
    dialog.setAttribute("aria-labelledby", "link-chooser-title");
    dialog.innerHTML = `
      <h2 id="link-chooser-title">Link to a page on this site</h2>
      <form class="link-chooser__search" method="dialog">
        <label for="link-chooser-query">Find a published page by its title</label>
        <input id="link-chooser-query" type="search" autocomplete="off">
        <button type="submit">Search</button>
      </form>
      <p class="link-chooser__status" role="status" aria-live="polite"></p>
      <ul class="link-chooser__results"></ul>
      <button type="button" class="link-chooser__cancel">Cancel</button>`;
    document.body.append(dialog);
    input = dialog.querySelector("input");
    status = dialog.querySelector(".link-chooser__status");
    results = dialog.querySelector(".link-chooser__results");
    dialog.querySelector("form").addEventListener("submit", (event) => {
      event.preventDefault();
      search();
    });
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    dialog.querySelector(".link-chooser__cancel").addEventListener("click", () => {
      dialog.close();
      editor.commands.focus();
    });
  }

  async function search() {
    const query = input.value.trim();
    const ticket = ++searches;
    results.replaceChildren();
    if (!query) return;
    const response = await fetch(`${searchUrl}?${new URLSearchParams({ q: query })}`, { credentials: "same-origin" });
    const found = response.ok ? (await response.json()).results : [];
    if (ticket !== searches) return; // a newer search is on its way
    status.textContent = found.length ? `${found.length} found: choose one.` : "No published page has that in its title.";
    for (const page of found) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `${page.title} (${page.type})`;
      button.addEventListener("click", () => {
        dialog.close();
        editor.chain().focus().extendMarkRange("link").setLink({ href: page.href }).run();
      });
      item.append(button);
      results.append(item);
    }
  }

  return {
    open(forEditor) {
      if (!dialog) build();
      editor = forEditor;
      input.value = "";
      status.textContent = "";
      results.replaceChildren();
      dialog.showModal();
      input.focus();
    },
  };
}

function extensionsFor(prose, chooser, levels) {
  const Abbreviation = prose.Mark.create({
    name: "abbr",
    inclusive: false,
    addAttributes: () => ({ title: { default: null } }),
    parseHTML: () => [{ tag: "abbr" }],
    renderHTML: ({ HTMLAttributes }) => ["abbr", HTMLAttributes, 0],
    addMenuItems({ menu, buttons }) {
      menu.defineItem({
        name: "abbr",
        groups: "marks",
        button: buttons.text("abbr", "abbreviation (with what it stands for)"),
        command(editor) {
          if (editor.isActive("abbr")) {
            editor.chain().focus().unsetMark("abbr").run();
            return;
          }
          const title = window.prompt("What does the abbreviation stand for?");
          if (title) editor.chain().focus().setMark("abbr", { title }).run();
        },
        active: (editor) => editor.isActive("abbr"),
        enabled: (editor) => !editor.state.selection.empty || editor.isActive("abbr"),
      });
    },
  });
  const InternalLink = prose.Extension.create({
    name: "internalLink",
    addMenuItems({ menu, buttons }) {
      menu.defineItem({
        name: "internalLink",
        groups: "link",
        button: buttons.material("article", "link to a page on this site"),
        command: (editor) => chooser.open(editor),
        enabled: (editor) => !editor.state.selection.empty || editor.isActive("link"),
      });
    },
  });
  // Allowed in existing text but not offered on the toolbar: kept as they are when a page is edited.
  const KeptCode = prose.Code.extend({ addMenuItems() {} });
  const DescriptionList = prose.Node.create({
    name: "descriptionList",
    group: "block",
    content: "(descriptionTerm | descriptionDetails)+",
    parseHTML: () => [{ tag: "dl" }],
    renderHTML: () => ["dl", 0],
  });
  const DescriptionTerm = prose.Node.create({
    name: "descriptionTerm",
    content: "inline*",
    defining: true,
    parseHTML: () => [{ tag: "dt" }],
    renderHTML: () => ["dt", 0],
  });
  const DescriptionDetails = prose.Node.create({
    name: "descriptionDetails",
    content: "inline*",
    defining: true,
    parseHTML: () => [{ tag: "dd" }],
    renderHTML: () => ["dd", 0],
  });
  return [
    prose.Document, prose.Paragraph, prose.Text, prose.HardBreak, prose.Dropcursor, prose.Gapcursor,
    prose.History, prose.Menu,
    prose.Heading.configure({ levels }),
    prose.Bold, prose.Italic, prose.BulletList, prose.OrderedList, prose.ListItem, prose.Blockquote,
    prose.Link.configure({
      enableTarget: false,
      protocols: ["http", "https", "mailto", "tel"],
      HTMLAttributes: { target: null, rel: null, class: null },
    }),
    InternalLink, Abbreviation,
    prose.Table, prose.TableRow, prose.TableHeader, prose.TableCell,
    KeptCode, DescriptionList, DescriptionTerm, DescriptionDetails,
  ];
}

function createEditor(prose, textarea, chooser) {
  const wrapper = document.createElement("div");
  wrapper.className = "prose-editor";
  textarea.before(wrapper);
  wrapper.append(textarea);
  const label = document.querySelector(`label[for="${textarea.id}"]`);
  const notice = document.getElementById(`${textarea.id}-notice`);
  const levels = headingLevels(textarea);
  const renames = renamedHeadings(levels);
  // Text saved before this field's heading levels were set opens with its headings moved, not lost.
  const moved = describePasted(textarea.value, renames).filter((what) => what.includes("heading made"));
  if (moved.length) notice.textContent = `Headings moved to the levels this part allows: ${moved.join("; ")}.`;
  const editor = new prose.Editor({
    element: wrapper,
    injectCSS: false,
    extensions: extensionsFor(prose, chooser, levels),
    content: renameHeadings(textarea.value, renames),
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label ? label.textContent.replace(/:\s*$/, "") : "Text",
        "aria-describedby": `${textarea.id}-editor-help`,
      },
      transformPastedHTML(html) {
        const removed = describePasted(html, renames);
        notice.textContent = removed.length
          ? `Pasted text: headings, lists, bold, italic and links kept; removed: ${removed.join("; ")}.`
          : "";
        return renameHeadings(html, renames);
      },
    },
    onUpdate({ editor }) {
      textarea.value = cleanOutput(editor.getHTML());
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });
  if (label) label.addEventListener("click", () => editor.commands.focus());
  // Screen readers learn which buttons are unavailable (the bundle marks them with a class only).
  const markUnavailable = () => {
    for (const button of wrapper.querySelectorAll(".prose-menubar__button")) {
      button.setAttribute("aria-disabled", String(button.classList.contains("disabled")));
    }
  };
  markUnavailable();
  new MutationObserver(markUnavailable).observe(wrapper, { subtree: true, attributeFilter: ["class"] });
  // After a toolbar button, typing goes on in the text (unless the button opened a dialog or a menu).
  wrapper.addEventListener("click", (event) => {
    const button = event.target.closest(".prose-menubar__button");
    if (!button || button.closest(".prose-menubar__selected")) return;
    if (!document.querySelector("dialog[open]") && !wrapper.querySelector(":popover-open")) editor.commands.focus();
  });
  return editor;
}

if (fields.length) {
  const prose = await import(fields[0].dataset.editorModule);
  const chooser = linkChooser(fields[0].dataset.linkSearch);
  for (const textarea of fields) {
    // Kept on the textarea so other scripts (and the browser tests) can reach the field's editor.
    textarea.editor = createEditor(prose, textarea, chooser);
    document.documentElement.classList.add("rich-text-ready");
  }
}
