import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gmailError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/functions/gmailError.md","filePath":"api/@mailgate/testkit/functions/gmailError.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/functions/gmailError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-gmailerror" tabindex="-1">Function: gmailError() <a class="header-anchor" href="#function-gmailerror" aria-label="Permalink to &quot;Function: gmailError()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> gmailError</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   code</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> GmailAnswerObject</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/gmail/gmail-errors.ts:16</p><p>A Google API error answer, as Gmail sends it: <code>{&quot;error&quot;:{&quot;code&quot;,&quot;message&quot;,&quot;errors&quot;:[{&quot;message&quot;,&quot;domain&quot;,&quot;reason&quot;}],&quot;status&quot;}}</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><p><code>number</code></p><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="domain" tabindex="-1">domain? <a class="header-anchor" href="#domain" aria-label="Permalink to &quot;domain?&quot;">​</a></h4><p><code>string</code></p><h4 id="headers" tabindex="-1">headers? <a class="header-anchor" href="#headers" aria-label="Permalink to &quot;headers?&quot;">​</a></h4><p><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p><h4 id="item" tabindex="-1">item? <a class="header-anchor" href="#item" aria-label="Permalink to &quot;item?&quot;">​</a></h4><p><code>Partial</code>&lt;<a href="./../interfaces/GmailErrorItem"><code>GmailErrorItem</code></a>&gt;</p><h4 id="reason" tabindex="-1">reason? <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason?&quot;">​</a></h4><p><code>string</code></p><h4 id="status" tabindex="-1">status? <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status?&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/GmailAnswerObject"><code>GmailAnswerObject</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/functions/gmailError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gmailError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gmailError as default
};
