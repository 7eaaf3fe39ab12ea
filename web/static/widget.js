/* parentfaq widget: <script src="https://HOST/widget.js" async></script>
   Optional data- attributes: data-title, data-greeting, data-accent (#rrggbb),
   data-position (right|left), data-lang. The chat runs in an iframe from HOST, so
   neither page's CSS or scripts can reach the other. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[src*='widget.js']");
  if (!script || window.__parentfaqWidget) { return; }
  window.__parentfaqWidget = true;
  var origin = new URL(script.src, location.href).origin;
  var data = script.dataset;
  // data-lang is the site's language: the chat starts in it (zh, zh-HK, zh-Hant: Traditional
  // Chinese), unless the parent chose another with the chat's switch (web/i18n.py).
  var chinese = /^(zh|yue)\b/i.test(data.lang || "");
  var title = data.title || (chinese ? "嬰幼兒問題查詢" : "Ask about your baby or toddler");
  var accent = readable(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(data.accent || "") ? data.accent : "#1f5f8b");
  var side = data.position === "left" ? "left" : "right";
  var params = new URLSearchParams({accent: accent});
  if (data.title) { params.set("title", data.title); }
  if (data.greeting) { params.set("greeting", data.greeting); }
  if (data.lang) { params.set("site_lang", data.lang); }

  /* The accent darkened until white text on it reaches 4.5:1 (as knowledge/colour.py
     does for the chat), so a light site colour still gives a readable launcher. */
  function readable(hex) {
    var d = hex.slice(1);
    if (d.length === 3) { d = d.replace(/./g, "$&$&"); }
    var rgb = [0, 2, 4].map(function (i) { return parseInt(d.substr(i, 2), 16); });
    function lum(c) {
      var v = c.map(function (x) { x /= 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
      return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
    for (var step = 0; step <= 100; step++) {
      var shade = rgb.map(function (c) { return Math.round(c * (1 - step / 100)); });
      if (1.05 / (lum(shade) + 0.05) >= 4.5) {
        return step === 0 ? hex : "#" + shade.map(function (c) { return ("0" + c.toString(16)).slice(-2); }).join("");
      }
    }
    return "#000000";
  }

  function styled(node, styles) {
    Object.keys(styles).forEach(function (k) { node.style.setProperty(k, styles[k], "important"); });
    return node;
  }

  var launcher = styled(document.createElement("button"), {
    "position": "fixed", "bottom": "20px", [side]: "20px", "z-index": "2147483000",
    "background": accent, "color": "#fff", "border": "0", "border-radius": "28px",
    "padding": "14px 20px", "font": "600 16px/1.2 system-ui, sans-serif",
    "box-shadow": "0 2px 8px rgba(0,0,0,.3)", "cursor": "pointer", "width": "auto", "height": "auto"
  });
  launcher.type = "button";
  launcher.textContent = title;
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "parentfaq-panel");
  launcher.id = "parentfaq-launcher";

  var panel = styled(document.createElement("div"), {
    "position": "fixed", "z-index": "2147483000", "display": "none", "overflow": "hidden",
    "box-shadow": "0 4px 24px rgba(0,0,0,.35)", "background": "#fff"
  });
  /* A floating panel on wide screens; the whole screen on a phone (under 600px wide)
     or in a short window, where a floating panel would leave no room to read. */
  var phone = window.matchMedia("(max-width: 600px), (max-height: 500px)");
  var FLOATING = {"top": "auto", "bottom": "84px", "left": "auto", "right": "auto",
                  "width": "min(400px, calc(100vw - 40px))", "height": "min(620px, calc(100vh - 110px))",
                  "border-radius": "12px"};
  FLOATING[side] = "20px";
  var FULL = {"top": "0", "bottom": "0", "left": "0", "right": "0", "width": "100%", "height": "100%",
              "border-radius": "0"};
  function layout() {
    styled(panel, phone.matches ? FULL : FLOATING);
    var open = launcher.getAttribute("aria-expanded") === "true";
    launcher.style.setProperty("display", open && phone.matches ? "none" : "block", "important");
  }
  if (phone.addEventListener) { phone.addEventListener("change", layout); }
  panel.id = "parentfaq-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var frame = null;
  var frameReady = false;

  /* Focus goes to the question box inside the frame (the frame says when it can). */
  function focusQuestion() {
    if (frame && frameReady) { frame.contentWindow.postMessage({type: "parentfaq:focus"}, origin); }
  }

  function open() {
    if (!frame) {
      frame = styled(document.createElement("iframe"), {
        "width": "100%", "height": "100%", "border": "0", "display": "block"
      });
      frame.title = title;
      frame.src = origin + "/embed?" + params.toString();
      panel.appendChild(frame);
    }
    panel.style.setProperty("display", "block", "important");
    launcher.setAttribute("aria-expanded", "true");
    layout();
    frame.focus();
    focusQuestion();
  }

  function close() {
    panel.style.setProperty("display", "none", "important");
    launcher.setAttribute("aria-expanded", "false");
    layout();
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (launcher.getAttribute("aria-expanded") === "true") { close(); } else { open(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && launcher.getAttribute("aria-expanded") === "true") { close(); }
  });
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data) { return; }
    if (event.data.type === "parentfaq:close") { close(); }
    if (event.data.type === "parentfaq:ready") { frameReady = true; focusQuestion(); }
  });

  function mount() { document.body.appendChild(panel); document.body.appendChild(launcher); layout(); }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
