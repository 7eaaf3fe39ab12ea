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
  var title = data.title || "Ask about your baby or toddler";
  var accent = /^#[0-9a-fA-F]{3,8}$/.test(data.accent || "") ? data.accent : "#1f5f8b";
  var side = data.position === "left" ? "left" : "right";
  var params = new URLSearchParams({title: title, accent: accent});
  if (data.greeting) { params.set("greeting", data.greeting); }
  if (data.lang) { params.set("lang", data.lang); }

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
    "position": "fixed", "bottom": "84px", [side]: "20px", "z-index": "2147483000",
    "width": "min(400px, calc(100vw - 40px))", "height": "min(620px, calc(100vh - 110px))",
    "display": "none", "border-radius": "12px", "overflow": "hidden",
    "box-shadow": "0 4px 24px rgba(0,0,0,.35)", "background": "#fff"
  });
  panel.id = "parentfaq-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var frame = null;

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
    frame.focus();
  }

  function close() {
    panel.style.setProperty("display", "none", "important");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (launcher.getAttribute("aria-expanded") === "true") { close(); } else { open(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && launcher.getAttribute("aria-expanded") === "true") { close(); }
  });
  window.addEventListener("message", function (event) {
    if (event.origin === origin && event.data && event.data.type === "parentfaq:close") { close(); }
  });

  function mount() { document.body.appendChild(panel); document.body.appendChild(launcher); }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
