import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RecordedOutcome","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/RecordedOutcome.md","filePath":"api/@mailgate/core/interfaces/RecordedOutcome.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/RecordedOutcome.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-recordedoutcome" tabindex="-1">Interface: RecordedOutcome <a class="header-anchor" href="#interface-recordedoutcome" aria-label="Permalink to &quot;Interface: RecordedOutcome&quot;">​</a></h1><p>Defined in: ledger/from-outcome.ts:37</p><p>A message to record, and the event its outcome already is (a refusal at send time).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="events" tabindex="-1">events <a class="header-anchor" href="#events" aria-label="Permalink to &quot;events&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">events</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly LedgerEventInput[];</span></span></code></pre></div><p>Defined in: ledger/from-outcome.ts:39</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: LedgerMessageInput;</span></span></code></pre></div><p>Defined in: ledger/from-outcome.ts:38</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/RecordedOutcome.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RecordedOutcome = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RecordedOutcome as default
};
