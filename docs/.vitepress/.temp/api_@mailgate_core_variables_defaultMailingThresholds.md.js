import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultMailingThresholds","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/variables/defaultMailingThresholds.md","filePath":"api/@mailgate/core/variables/defaultMailingThresholds.md"}');
const _sfc_main = { name: "api/@mailgate/core/variables/defaultMailingThresholds.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-defaultmailingthresholds" tabindex="-1">Variable: defaultMailingThresholds <a class="header-anchor" href="#variable-defaultmailingthresholds" aria-label="Permalink to &quot;Variable: defaultMailingThresholds&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> defaultMailingThresholds</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MailingThresholds</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: mailing/thresholds.ts:21</p><p>The default thresholds of a mailing, from what providers and receivers publish (docs/concepts/mailings.md has the table with the sources):</p><ul><li>hard bounces 5%: Amazon SES puts an account under review at 5% (and may pause it at 10%); one mailing should not bring a whole account there.</li><li>complaints 0.3%: the spam rate Gmail and Yahoo tell bulk senders never to reach (Gmail&#39;s target is under 0.1%; SES reviews at 0.1% and may pause at 0.5%).</li><li>unsubscribes 1%: where Brevo suspends a campaign and Klaviyo flags it.</li><li>500 messages before a rate counts (and at least <code>MIN_EVENTS</code> events), so that the first few answers of a mailing do not stop it.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/variables/defaultMailingThresholds.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultMailingThresholds = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultMailingThresholds as default
};
