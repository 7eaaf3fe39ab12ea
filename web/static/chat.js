/* Chat page and widget iframe: asks through the JSON API without reloading.
   Without JavaScript the same form posts to the server, which renders the turns. */
(function () {
  "use strict";
  var form = document.getElementById("ask-form");
  if (!form || !window.fetch) { return; }
  var main = document.getElementById("main");
  var list = document.getElementById("conversation");
  var field = document.getElementById("question");
  var conversation = document.getElementById("conversation-id");
  var button = form.querySelector("button[type=submit]");
  var embedded = main.getAttribute("data-embedded") === "true";
  var accent = main.getAttribute("data-accent");
  if (accent) { document.documentElement.style.setProperty("--accent", accent); }
  watchLength();

  // Warn about a long message instead of cutting it (a pasted story keeps its end).
  function watchLength() {
    var limit = parseInt(field.getAttribute("data-max-chars"), 10);
    var note = document.getElementById("length-note");
    if (!limit || !note) { return; }
    field.addEventListener("input", function () { note.hidden = field.value.length <= limit; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function link(href, text) {
    var a = el("a", "", text);
    a.href = href;
    if (embedded) { a.target = "_blank"; a.rel = "noopener"; }
    return a;
  }

  function answerBubble(data) {
    if (data.kind === "escalate") {
      var alert = el("div", "bubble escalate");
      alert.setAttribute("role", "alert");
      alert.appendChild(el("p", "banner-title", "Get help now"));
      data.text.split("\n\n").forEach(function (p) { alert.appendChild(el("p", "", p)); });
      var call = link(data.call.href, "Call " + data.call.number);
      call.className = "call";
      call.removeAttribute("target");
      var p = el("p"); p.appendChild(call); alert.appendChild(p);
      return alert;
    }
    if (data.kind === "abstain" || data.kind === "clarify") {
      var kind = el("div", "bubble " + data.kind);
      kind.appendChild(el("p", "", data.text));
      var options = optionButtons(data);
      if (options) { kind.appendChild(options); }
      return kind;
    }
    var bubble = el("div", "bubble answer");
    var text = el("div", "answer-text");
    text.innerHTML = data.html;  // rendered from clinic Markdown and sanitised by the server
    bubble.appendChild(text);
    var cites = el("ol", "citations");
    cites.setAttribute("aria-label", "Sources");
    data.citations.forEach(function (c) {
      var li = el("li");
      var label = c.title + (c.section && c.section !== "FAQ" ? ": " + c.section : "");
      li.appendChild(link(c.url, label));
      if (c.highlight) {  // the sentence of the passage that matched the question
        li.appendChild(el("q", "evidence", c.highlight));
      }
      cites.appendChild(li);
    });
    bubble.appendChild(cites);
    if (data.related && data.related.length) {
      var related = el("div", "related");
      related.appendChild(el("p", "related-title", "Parents also ask"));
      data.related.forEach(function (r) {
        var b = el("button", "", r.question);
        b.type = "button";
        b.addEventListener("click", function () { ask(r.question); });
        related.appendChild(b);
      });
      bubble.appendChild(related);
    }
    bubble.appendChild(feedback(data));
    return bubble;
  }

  /* "Did you mean": one button per option; choosing asks that entry's question
     and tells the server which entry was chosen. */
  function optionButtons(data) {
    if (!data.options || !data.options.length) { return null; }
    var box = el("div", "options");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Did you mean");
    var title = main.getAttribute("data-options-title");
    if (data.kind === "abstain" && title) { box.appendChild(el("p", "options-title", title)); }
    data.options.forEach(function (option) {
      var b = el("button", "option", option.question);
      b.type = "button";
      b.addEventListener("click", function () { ask(option.question, option.source_id); });
      box.appendChild(b);
    });
    return box;
  }

  function feedback(data) {
    var box = el("div", "feedback");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Was this helpful?");
    box.appendChild(el("p", "feedback-label", "Was this helpful?"));
    [["Helpful", true], ["Not helpful", false]].forEach(function (choice) {
      var b = el("button", "", choice[0]);
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () {
        box.querySelectorAll("button").forEach(function (x) { x.setAttribute("aria-pressed", "false"); });
        b.setAttribute("aria-pressed", "true");
        fetch("/api/v1/feedback", {
          method: "POST", headers: {"Content-Type": "application/json"},
          body: JSON.stringify({conversation_id: data.conversation_id,
                                source_id: data.source_id, helpful: choice[1]})
        });
      });
      box.appendChild(b);
    });
    return box;
  }

  function addTurn(question, bubble) {
    var li = el("li", "turn");
    var q = el("div", "bubble question");
    q.appendChild(el("span", "who", "You asked"));
    q.appendChild(el("p", "", question));
    li.appendChild(q);
    li.appendChild(bubble);
    list.appendChild(li);
    li.scrollIntoView({block: "nearest"});
  }

  function ask(question, chosenSourceId) {
    question = (question || "").trim();
    if (!question) { field.focus(); return; }
    button.disabled = true;
    var body = {question: question, conversation_id: conversation.value || null};
    if (chosenSourceId) { body.chosen_source_id = chosenSourceId; }
    fetch("/api/v1/ask", {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    }).then(function (result) {
      if (!result.ok) {
        var err = el("div", "bubble abstain");
        err.appendChild(el("p", "", result.data.error ? result.data.error.message : "Something went wrong."));
        if (result.data.guidance) { err.appendChild(el("p", "", result.data.guidance)); }
        addTurn(question, err);
        return;
      }
      conversation.value = result.data.conversation_id;
      addTurn(question, answerBubble(result.data));
      field.value = "";
    }).catch(function () {
      addTurn(question, el("div", "bubble abstain", "The assistant could not be reached. Please try again."));
    }).then(function () { button.disabled = false; field.focus(); });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); ask(field.value); });
  field.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); ask(field.value); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && embedded && window.parent !== window) {
      window.parent.postMessage({type: "parentfaq:close"}, "*");
    }
  });
})();
