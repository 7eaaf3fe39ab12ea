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
  // The page's words in its language (the server renders them: see web/strings.py).
  var T = readStrings();
  var pageLang = document.documentElement.lang || "en";
  watchLength();

  function readStrings() {
    var block = document.getElementById("chat-strings");
    try { return JSON.parse(block ? block.textContent : "{}"); } catch (e) { return {}; }
  }

  /* A page string with its {name} places filled in. */
  function t(key, values) {
    var text = T[key] || key;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }

  /* What a parent typed is Chinese when it holds Chinese characters (as the engine decides). */
  function typedLang(text) { return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? "zh-Hant" : "en"; }

  /* lang on text whose language differs from the page's, so a screen reader reads it right. */
  function markLang(node, lang) {
    if (lang && lang !== pageLang) { node.setAttribute("lang", lang); }
    return node;
  }

  /* A source opened from a Chinese chat speaks Chinese (as with_page_lang in web/i18n.py). */
  function withPageLang(url) {
    if (pageLang === "en" || url.charAt(0) !== "/" || url.charAt(1) === "/") { return url; }
    var u = new URL(url, location.href);
    u.searchParams.set("lang", pageLang);
    return u.pathname + u.search + u.hash;
  }

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

  /* Sources open beside the chat (a new tab), never instead of it. */
  function link(href, text) {
    var a = el("a", "", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener";
    return a;
  }

  // Every reply (restored ones too), with the support note when the parent sounds in distress.
  // A reply in another language than the page's says so; its page words say theirs.
  function answerBubble(data) {
    var bubble = markLang(kindBubble(data), data.language);
    if (data.support) { bubble.appendChild(supportNote(data.support)); }
    if (bubble.hasAttribute("lang")) {
      bubble.querySelectorAll("[data-ui]").forEach(function (node) { node.setAttribute("lang", pageLang); });
    }
    return bubble;
  }

  /* An element of the page's own words (in a reply, it keeps the page's language). */
  function ui(tag, className, text) {
    var node = el(tag, className, text);
    node.setAttribute("data-ui", "");
    return node;
  }

  function kindBubble(data) {
    if (data.kind === "escalate") {
      var alert = el("div", "bubble escalate");
      alert.setAttribute("role", "alert");
      alert.appendChild(ui("p", "banner-title", t("get_help_now")));
      data.text.split("\n\n").forEach(function (p) { alert.appendChild(el("p", "", p)); });
      var call = link(data.call.href, t("call", {number: data.call.number}));
      call.className = "call";
      call.removeAttribute("target");
      var p = ui("p"); p.appendChild(call); alert.appendChild(p);
      return alert;
    }
    if (data.kind === "abstain" || data.kind === "clarify") {
      var kind = el("div", "bubble " + data.kind);
      kind.appendChild(el("p", "", data.text));
      var options = optionButtons(data);
      if (options) { kind.appendChild(options); }
      if (data.kind === "abstain" && !isPleasantry(data)) { appendContacts(kind); }
      return kind;
    }
    var bubble = el("div", "bubble answer");
    var text = el("div", "answer-text");
    text.innerHTML = data.html;  // rendered from clinic Markdown and sanitised by the server
    bubble.appendChild(text);
    if (data.reviewed_on) {
      bubble.appendChild(ui("p", "reviewed", t("reviewed_on", {date: data.reviewed_on})));
    }
    var cites = el("ol", "citations");
    cites.setAttribute("aria-label", t("sources"));
    data.citations.forEach(function (c) {
      var li = el("li");
      var label = c.title + (c.section && c.section !== "FAQ" ? ": " + c.section : "");
      li.appendChild(link(withPageLang(c.url), label));
      if (c.highlight) {  // the sentence of the passage that matched the question
        li.appendChild(el("q", "evidence", c.highlight));
      }
      if (c.passage) { li.appendChild(sourcePreview(c.passage)); }
      cites.appendChild(li);
    });
    bubble.appendChild(cites);
    if (data.related && data.related.length) {
      var related = el("div", "related");
      related.appendChild(ui("p", "related-title", t("parents_also_ask")));
      data.related.forEach(function (r) {
        var b = el("button", "", r.question);
        b.type = "button";
        b.addEventListener("click", function () { ask(r.question); });
        related.appendChild(b);
      });
      bubble.appendChild(related);
    }
    bubble.appendChild(answerActions(data));
    bubble.appendChild(feedback(data));
    return bubble;
  }

  /* The clinic's contact buttons, rendered once by the server in a <template>. */
  function appendContacts(parent) {
    var template = document.getElementById("contact-template");
    if (template && template.content.firstElementChild) {
      var contacts = template.content.cloneNode(true);
      contacts.querySelectorAll(".contacts").forEach(function (node) { node.setAttribute("data-ui", ""); });
      parent.appendChild(contacts);
    }
  }

  /* Small talk that needs no way to a person (as offers_contacts in web/pages.py). */
  function isPleasantry(data) {
    var kind = data.why && data.why.small_talk;
    return ["greeting", "thanks", "goodbye", "who_are_you"].indexOf(kind) >= 0;
  }

  /* Starter questions: the no-JavaScript forms, asked in place. */
  function wireStarters() {
    document.querySelectorAll("form.starter").forEach(function (starter) {
      starter.addEventListener("submit", function (event) {
        event.preventDefault();
        ask(starter.querySelector("input[name=question]").value);
      });
    });
  }

  function hideStarters() {
    var starters = document.getElementById("starters");
    if (starters) { starters.hidden = true; }
  }

  /* A short preview of the cited passage, inside the chat. */
  function sourcePreview(passage) {
    var details = el("details", "preview");
    details.appendChild(ui("summary", "", t("preview")));
    details.appendChild(el("blockquote", "", passage));
    return details;
  }

  /* Copy an answer with its sources, as a parent would paste it in a message. */
  function answerActions(data) {
    var box = ui("div", "answer-actions");
    var copy = el("button", "secondary copy-answer", t("copy_answer"));
    copy.type = "button";
    copy.addEventListener("click", function () {
      var lines = [data.text, ""];
      data.citations.forEach(function (c, i) {
        lines.push("[" + (i + 1) + "] " + c.title + (c.section && c.section !== "FAQ" ? ", " + c.section : "") +
                   " " + new URL(c.url, location.href).href);
      });
      var done = function () { copy.textContent = t("copied"); };
      var failed = function () { copy.textContent = t("could_not_copy"); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(lines.join("\n")).then(done, failed);
      } else { failed(); }
    });
    box.appendChild(copy);
    return box;
  }

  /* "Did you mean": one button per option; choosing asks that entry's question
     and tells the server which entry was chosen. */
  function optionButtons(data) {
    if (!data.options || !data.options.length) { return null; }
    var box = el("div", "options");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("did_you_mean"));
    var title = main.getAttribute("data-options-title");
    if (data.kind === "abstain" && title) { box.appendChild(ui("p", "options-title", title)); }
    data.options.forEach(function (option) {
      var b = el("button", "option", option.question);
      b.type = "button";
      b.addEventListener("click", function () { ask(option.question, option.source_id); });
      box.appendChild(b);
    });
    return box;
  }

  function feedback(data) {
    var box = ui("div", "feedback");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("was_this_helpful"));
    box.appendChild(el("p", "feedback-label", t("was_this_helpful")));
    [[t("helpful"), true], [t("not_helpful"), false]].forEach(function (choice) {
      var b = el("button", "", choice[0]);
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () {
        box.querySelectorAll("button").forEach(function (x) { x.setAttribute("aria-pressed", "false"); });
        b.setAttribute("aria-pressed", "true");
        sendFeedback(data, choice[1], null);
        acknowledge(box, data, choice[1]);
      });
      box.appendChild(b);
    });
    return box;
  }

  // A kind note with helplines, added to any reply when a parent sounds in distress.
  function supportNote(support) {
    var note = el("aside", "support");
    note.setAttribute("aria-label", t("support"));
    note.appendChild(el("p", "", support.text));
    var lines = el("ul", "support-contacts");
    support.contacts.forEach(function (c) {
      var li = el("li", "", c.name + ": ");
      var a = link("tel:" + c.number.replace(/[^0-9+]/g, ""), c.number);
      a.removeAttribute("target");
      li.appendChild(a);
      lines.appendChild(li);
    });
    note.appendChild(lines);
    appendContacts(note);
    return note;
  }

  function sendFeedback(data, helpful, comment) {
    return fetch("/api/v1/feedback", {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({conversation_id: data.conversation_id, source_id: data.source_id,
                            helpful: helpful, comment: comment})
    }).then(function (response) { return response.ok ? response.json() : {}; });
  }

  /* Thanks for the feedback; after "Not helpful", ask what the parent was looking for
     (it reaches the counsellors' review queue). */
  function acknowledge(box, data, helpful) {
    var old = box.querySelector(".feedback-thanks, .looking-for");
    while (old) { old.remove(); old = box.querySelector(".feedback-thanks, .looking-for"); }
    var thanks = el("p", "feedback-thanks", helpful ? t("thanks_helpful") : t("thanks_not_helpful"));
    thanks.setAttribute("role", "status");
    box.appendChild(thanks);
    if (helpful) { return; }
    var lookingFor = el("form", "looking-for");
    var id = "looking-for-" + Math.random().toString(36).slice(2);
    var label = el("label", "", t("looking_for"));
    label.htmlFor = id;
    var input = el("input");
    input.id = id;
    input.maxLength = 500;
    var send = el("button", "secondary", t("send"));
    send.type = "submit";
    lookingFor.appendChild(label);
    lookingFor.appendChild(input);
    lookingFor.appendChild(send);
    lookingFor.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      send.disabled = true;
      sendFeedback(data, false, text).then(function (result) {
        lookingFor.replaceWith(el("p", "feedback-thanks", t("counsellor_will_read")));
        if (result.reply) { showAnswer(addTurn(text, answerBubble(result.reply))); }
      });
    });
    box.appendChild(lookingFor);
    input.focus();
  }

  function addTurn(question, bubble) {
    var li = el("li", "turn");
    var q = el("div", "bubble question");
    q.appendChild(el("span", "who", t("you_asked")));
    q.appendChild(markLang(el("p", "", question), typedLang(question)));
    li.appendChild(q);
    li.appendChild(bubble);
    list.appendChild(li);
    hideStarters();
    return li;
  }

  /* After an answer: its start in view (not the input), read out briefly. */
  function showAnswer(li) {
    var bubble = li.lastElementChild;
    bubble.setAttribute("tabindex", "-1");
    bubble.scrollIntoView({block: "start", behavior: reducedMotion() ? "auto" : "smooth"});
    var text = bubble.textContent.replace(/\s+/g, " ").trim();
    var first = text.match(/^.{1,200}?[.!?。！？](\s|$)/);
    announce((first ? first[0].trim() : text.slice(0, 160)) + " " + t("full_reply"));
  }

  function reducedMotion() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function announce(text) {
    var region = document.getElementById("announce");
    if (region) { region.textContent = ""; setTimeout(function () { region.textContent = text; }, 50); }
  }

  /* One request at a time, shown as busy while it runs. */
  var pending = false;
  function setBusy(busy) {
    pending = busy;
    button.disabled = busy;
    list.setAttribute("aria-busy", busy ? "true" : "false");
    var indicator = document.getElementById("busy");
    if (indicator) { indicator.hidden = !busy; }
  }

  /* The rate limit's message, with when to try again (Retry-After, in seconds). */
  function retryText(response) {
    var seconds = parseInt(response.headers.get("Retry-After") || "", 10);
    if (!(seconds > 0)) { return ""; }
    if (seconds < 90) { return t("retry_seconds", {seconds: seconds}); }
    return t("retry_minutes", {minutes: Math.ceil(seconds / 60)});
  }

  /* The conversation kept in this tab (sessionStorage, keyed by clinic and page kind),
     so a reload or another page of the clinic's site shows it again. */
  var storeKey = "parentfaq:conversation:" + (main.getAttribute("data-clinic") || "") +
                 ":" + (embedded ? "embed" : "page");
  function remember(question, data) {
    try {
      var kept = JSON.parse(sessionStorage.getItem(storeKey) || "null") || {turns: []};
      kept.conversation_id = data.conversation_id;
      kept.turns.push({question: question, data: data});
      kept.turns = kept.turns.slice(-50);
      sessionStorage.setItem(storeKey, JSON.stringify(kept));
    } catch (e) { /* storage full or blocked: the chat still works */ }
  }

  function restore() {
    if (list.children.length) { return; }
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(storeKey) || "null"); } catch (e) { kept = null; }
    if (!kept || !kept.turns || !kept.turns.length) { return; }
    conversation.value = kept.conversation_id || "";
    kept.turns.forEach(function (turn) { addTurn(turn.question, answerBubble(turn.data)); });
    list.lastElementChild.scrollIntoView({block: "start"});
  }

  function forget() {
    try { sessionStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
  }

  /* An API error as the page says it: its code's words in the page's language, else
     the API's own message (the API speaks English to every client). */
  function errorText(error) {
    if (!error) { return t("went_wrong"); }
    return (T.errors && T.errors[error.code]) || error.message;
  }

  function ask(question, chosenSourceId) {
    question = (question || "").trim();
    if (!question) { field.focus(); return; }
    if (pending) { return; }
    setBusy(true);
    var body = {question: question, conversation_id: conversation.value || null};
    if (chosenSourceId) { body.chosen_source_id = chosenSourceId; }
    fetch("/api/v1/ask", {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) {
        return {ok: response.ok, data: data, retry: retryText(response)};
      });
    }).then(function (result) {
      if (!result.ok) {
        var err = el("div", "bubble abstain");
        err.appendChild(el("p", "", errorText(result.data.error)));
        if (result.data.guidance) { err.appendChild(el("p", "", T.emergency || result.data.guidance)); }
        if (result.retry) { err.appendChild(el("p", "retry", result.retry)); }
        showAnswer(addTurn(question, err));
        return;
      }
      conversation.value = result.data.conversation_id;
      showAnswer(addTurn(question, answerBubble(result.data)));
      remember(question, result.data);
      field.value = "";
    }).catch(function () {
      showAnswer(addTurn(question, el("div", "bubble abstain", t("unreachable"))));
    }).then(function () { setBusy(false); field.focus({preventScroll: true}); });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); ask(field.value); });
  wireStarters();
  wireWidgetFrame();
  wirePrint();
  var reset = document.querySelector("form.reset");
  if (reset) { reset.addEventListener("submit", forget); }
  restore();
  field.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); ask(field.value); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && embedded && window.parent !== window) {
      window.parent.postMessage({type: "parentfaq:close"}, "*");
    }
  });

  /* In the widget's frame: a close button, and focus on the question when the
     panel opens (the widget asks by message). */
  function wireWidgetFrame() {
    if (!embedded || window.parent === window) { return; }
    var close = document.getElementById("close-chat");
    if (close) {
      close.hidden = false;
      close.addEventListener("click", function () {
        window.parent.postMessage({type: "parentfaq:close"}, "*");
      });
    }
    window.addEventListener("message", function (event) {
      if (event.source === window.parent && event.data && event.data.type === "parentfaq:focus") {
        field.focus();
      }
    });
    window.parent.postMessage({type: "parentfaq:ready"}, "*");
  }

  /* Print or save the conversation (the print stylesheet leaves only the chat). */
  function wirePrint() {
    var print = document.getElementById("print-chat");
    if (!print) { return; }
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
