import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultLedgerRules","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/variables/defaultLedgerRules.md","filePath":"api/@mailgate/core/variables/defaultLedgerRules.md"}');
const _sfc_main = { name: "api/@mailgate/core/variables/defaultLedgerRules.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-defaultledgerrules" tabindex="-1">Variable: defaultLedgerRules <a class="header-anchor" href="#variable-defaultledgerrules" aria-label="Permalink to &quot;Variable: defaultLedgerRules&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> defaultLedgerRules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LedgerRules</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/escalation.ts:13</p><p>The defaults: a soft bounce is given up after 5 days, as the registry of seed 004 does (and as Postfix&#39;s and sendmail&#39;s queues do); 3 soft-bounced messages in a row, the first and the last at least 2 days apart, make the address a problem sooner; address + time matching looks back 30 days.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/variables/defaultLedgerRules.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultLedgerRules = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultLedgerRules as default
};
