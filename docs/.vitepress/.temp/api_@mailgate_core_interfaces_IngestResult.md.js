import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IngestResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/IngestResult.md","filePath":"api/@mailgate/core/interfaces/IngestResult.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/IngestResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-ingestresult" tabindex="-1">Interface: IngestResult <a class="header-anchor" href="#interface-ingestresult" aria-label="Permalink to &quot;Interface: IngestResult&quot;">​</a></h1><p>Defined in: gate/ingest.ts:130</p><p>What <code>gate.ingest</code> did with its input.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="events" tabindex="-1">events <a class="header-anchor" href="#events" aria-label="Permalink to &quot;events&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">events</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly IngestedEvent[];</span></span></code></pre></div><p>Defined in: gate/ingest.ts:134</p><p>One entry per event the input held, in order.</p><hr><h3 id="suppressed" tabindex="-1">suppressed <a class="header-anchor" href="#suppressed" aria-label="Permalink to &quot;suppressed&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">suppressed</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: SuppressionReason </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">|</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: gate/ingest.ts:132</p><p>The first suppression the input implied, if any (for one event: the one it added).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/IngestResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IngestResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IngestResult as default
};
