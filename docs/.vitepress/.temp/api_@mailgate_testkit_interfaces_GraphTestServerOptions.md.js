import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GraphTestServerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/interfaces/GraphTestServerOptions.md","filePath":"api/@mailgate/testkit/interfaces/GraphTestServerOptions.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/interfaces/GraphTestServerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-graphtestserveroptions" tabindex="-1">Interface: GraphTestServerOptions <a class="header-anchor" href="#interface-graphtestserveroptions" aria-label="Permalink to &quot;Interface: GraphTestServerOptions&quot;">​</a></h1><p>Defined in: testkit/src/graph/create-graph-test-server.ts:15</p><p>Options of <code>createGraphTestServer</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="accesstoken" tabindex="-1">accessToken? <a class="header-anchor" href="#accesstoken" aria-label="Permalink to &quot;accessToken?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly accessToken</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: testkit/src/graph/create-graph-test-server.ts:22</p><p>The one access token the emulator accepts. Without it, any bearer token is accepted. A request without a token is answered 401 <code>InvalidAuthenticationToken</code> either way, as Graph does.</p><hr><h3 id="https" tabindex="-1">https? <a class="header-anchor" href="#https" aria-label="Permalink to &quot;https?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly https</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Defined in: testkit/src/graph/create-graph-test-server.ts:17</p><p>Serve https with a test certificate (default), or plain http. The Graph client sends its bearer token only on https.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/interfaces/GraphTestServerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GraphTestServerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GraphTestServerOptions as default
};
