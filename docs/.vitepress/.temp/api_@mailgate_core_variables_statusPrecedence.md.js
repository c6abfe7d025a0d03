import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: statusPrecedence","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/variables/statusPrecedence.md","filePath":"api/@mailgate/core/variables/statusPrecedence.md"}');
const _sfc_main = { name: "api/@mailgate/core/variables/statusPrecedence.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-statusprecedence" tabindex="-1">Variable: statusPrecedence <a class="header-anchor" href="#variable-statusprecedence" aria-label="Permalink to &quot;Variable: statusPrecedence&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> statusPrecedence</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MessageStatus</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Defined in: ledger/transitions.ts:13</p><p>The precedence of message statuses, weakest first. A message&#39;s status is the strongest status among its events (research/delivery-events.md §7): a maximum, so events that arrive late, twice or out of order give the same status. Why this order: acceptance (delivered) beats a soft bounce or a provider block; an open or a click implies delivery; a hard bounce beats them all, as bounces can follow a delivery; an unsubscribe and a complaint need a delivered copy, and a complaint is the heavier signal; <code>invalid</code> (a wrong address) ends everything.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/variables/statusPrecedence.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const statusPrecedence = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  statusPrecedence as default
};
