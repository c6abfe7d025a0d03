import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: gmailTestAccessToken","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/variables/gmailTestAccessToken.md","filePath":"api/@mailgate/testkit/variables/gmailTestAccessToken.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/variables/gmailTestAccessToken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-gmailtestaccesstoken" tabindex="-1">Variable: gmailTestAccessToken <a class="header-anchor" href="#variable-gmailtestaccesstoken" aria-label="Permalink to &quot;Variable: gmailTestAccessToken&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> gmailTestAccessToken</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;ya29.mailgate-test-access-token&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;ya29.mailgate-test-access-token&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/gmail/create-gmail-test-server.ts:20</p><p>The access token the emulator accepts unless told others.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/variables/gmailTestAccessToken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gmailTestAccessToken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gmailTestAccessToken as default
};
