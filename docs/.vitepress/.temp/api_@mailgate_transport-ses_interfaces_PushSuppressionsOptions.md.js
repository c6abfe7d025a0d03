import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PushSuppressionsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/interfaces/PushSuppressionsOptions.md","filePath":"api/@mailgate/transport-ses/interfaces/PushSuppressionsOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/interfaces/PushSuppressionsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pushsuppressionsoptions" tabindex="-1">Interface: PushSuppressionsOptions <a class="header-anchor" href="#interface-pushsuppressionsoptions" aria-label="Permalink to &quot;Interface: PushSuppressionsOptions&quot;">​</a></h1><p>Defined in: transport-ses/src/ses-suppression.ts:46</p><p>Which mailgate suppressions belong on the SES account&#39;s list.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="includetenantentries" tabindex="-1">includeTenantEntries? <a class="header-anchor" href="#includetenantentries" aria-label="Permalink to &quot;includeTenantEntries?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly includeTenantEntries</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-suppression.ts:51</p><p>The SES list is account-wide: it stops mail for every tenant. By default only <code>global</code> entries are mirrored; <code>true</code> mirrors tenant entries too.</p><hr><h3 id="reasons" tabindex="-1">reasons? <a class="header-anchor" href="#reasons" aria-label="Permalink to &quot;reasons?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly reasons</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> readonly SuppressionReason[];</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-suppression.ts:56</p><p>The reasons to mirror. Default: hard bounces, complaints, platform opt-outs and addresses flagged invalid. Unsubscribes are left out: SES would block transactional mail too.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/interfaces/PushSuppressionsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PushSuppressionsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PushSuppressionsOptions as default
};
