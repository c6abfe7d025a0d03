import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: expiryEvent()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/expiryEvent.md","filePath":"api/@mailgate/core/functions/expiryEvent.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/expiryEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-expiryevent" tabindex="-1">Function: expiryEvent() <a class="header-anchor" href="#function-expiryevent" aria-label="Permalink to &quot;Function: expiryEvent()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> expiryEvent</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">rules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LedgerEventInput</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/escalation.ts:34</p><p>The event the sweep writes for a message that soft-bounced and saw no delivery within the window. Its id and time come from the message alone, so writing it twice is one event.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><p><a href="./../interfaces/LedgerMessage"><code>LedgerMessage</code></a></p><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><p><a href="./../interfaces/LedgerRules"><code>LedgerRules</code></a> = <code>defaultLedgerRules</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LedgerEventInput"><code>LedgerEventInput</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/expiryEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const expiryEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  expiryEvent as default
};
