import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createHttpsFetch()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/functions/createHttpsFetch.md","filePath":"api/@mailgate/testkit/functions/createHttpsFetch.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/functions/createHttpsFetch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-createhttpsfetch" tabindex="-1">Function: createHttpsFetch() <a class="header-anchor" href="#function-createhttpsfetch" aria-label="Permalink to &quot;Function: createHttpsFetch()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createHttpsFetch</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> FetchFunction</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/graph/https-fetch.ts:19</p><p>A <code>fetch</code> over node:https that trusts the given CA (the emulator&#39;s test certificate) and nothing else, so that a client can talk https to a loopback emulator without <code>NODE_TLS_REJECT_UNAUTHORIZED</code> or <code>NODE_EXTRA_CA_CERTS</code>. It fails as Node&#39;s own fetch does: a <code>TypeError(&#39;fetch failed&#39;)</code> whose <code>cause</code> has the socket&#39;s <code>code</code> (ECONNREFUSED, …), and the signal&#39;s reason when aborted.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><h4 id="ca" tabindex="-1">ca <a class="header-anchor" href="#ca" aria-label="Permalink to &quot;ca&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/FetchFunction"><code>FetchFunction</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/functions/createHttpsFetch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createHttpsFetch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createHttpsFetch as default
};
