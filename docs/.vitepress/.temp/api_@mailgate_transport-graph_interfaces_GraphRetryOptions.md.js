import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GraphRetryOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-graph/interfaces/GraphRetryOptions.md","filePath":"api/@mailgate/transport-graph/interfaces/GraphRetryOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-graph/interfaces/GraphRetryOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-graphretryoptions" tabindex="-1">Interface: GraphRetryOptions <a class="header-anchor" href="#interface-graphretryoptions" aria-label="Permalink to &quot;Interface: GraphRetryOptions&quot;">​</a></h1><p>Defined in: transport-graph/src/graph-transport-options.ts:7</p><p>The transport&#39;s own retries of sends that certainly did not go out.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attempts" tabindex="-1">attempts? <a class="header-anchor" href="#attempts" aria-label="Permalink to &quot;attempts?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly attempts</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: transport-graph/src/graph-transport-options.ts:9</p><p>Attempts in all, the first included. Default 2; 1 turns retrying off.</p><hr><h3 id="maxdelayms" tabindex="-1">maxDelayMs? <a class="header-anchor" href="#maxdelayms" aria-label="Permalink to &quot;maxDelayMs?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly maxDelayMs</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: transport-graph/src/graph-transport-options.ts:14</p><p>The longest wait between attempts. A <code>Retry-After</code> longer than this is not waited for here: the failure carries <code>retryAfterMs</code> instead. Default 5 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-graph/interfaces/GraphRetryOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GraphRetryOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GraphRetryOptions as default
};
