import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: invalidRecipientAnswer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/functions/invalidRecipientAnswer.md","filePath":"api/@mailgate/testkit/functions/invalidRecipientAnswer.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/functions/invalidRecipientAnswer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-invalidrecipientanswer" tabindex="-1">Function: invalidRecipientAnswer() <a class="header-anchor" href="#function-invalidrecipientanswer" aria-label="Permalink to &quot;Function: invalidRecipientAnswer()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> invalidRecipientAnswer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">recipient</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> GraphAnswer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/graph/graph-answers.ts:113</p><p>ErrorInvalidRecipients as Graph words it for one recipient it could not resolve: <code>Recipient &#39;ada@example.com&#39; is not resolved. All recipients must be resolved before a message can be submitted.</code> <code>quote</code> sets the quotes around the recipient (default <code>&#39;</code>, as Graph documents it; <code>&quot;</code> and none are seen too).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="recipient" tabindex="-1">recipient <a class="header-anchor" href="#recipient" aria-label="Permalink to &quot;recipient&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="quote" tabindex="-1">quote? <a class="header-anchor" href="#quote" aria-label="Permalink to &quot;quote?&quot;">​</a></h4><p><code>&quot;&quot;</code> | <code>&quot;&#39;&quot;</code> | &quot;\\&quot;&quot;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/GraphAnswer"><code>GraphAnswer</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/functions/invalidRecipientAnswer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const invalidRecipientAnswer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  invalidRecipientAnswer as default
};
