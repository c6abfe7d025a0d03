import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: snsReplayCache()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/functions/snsReplayCache.md","filePath":"api/@mailgate/transport-ses/functions/snsReplayCache.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/functions/snsReplayCache.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-snsreplaycache" tabindex="-1">Function: snsReplayCache() <a class="header-anchor" href="#function-snsreplaycache" aria-label="Permalink to &quot;Function: snsReplayCache()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> snsReplayCache</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SnsReplayCache</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-ses/src/notifications/sns-types.ts:36</p><p>An in-memory replay cache that forgets ids after <code>windowMs</code> (default 1 hour).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="maxentries" tabindex="-1">maxEntries? <a class="header-anchor" href="#maxentries" aria-label="Permalink to &quot;maxEntries?&quot;">​</a></h4><p><code>number</code></p><h4 id="windowms" tabindex="-1">windowMs? <a class="header-anchor" href="#windowms" aria-label="Permalink to &quot;windowMs?&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SnsReplayCache"><code>SnsReplayCache</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/functions/snsReplayCache.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const snsReplayCache = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  snsReplayCache as default
};
