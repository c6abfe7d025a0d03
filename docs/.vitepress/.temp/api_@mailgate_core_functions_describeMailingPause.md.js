import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeMailingPause()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/describeMailingPause.md","filePath":"api/@mailgate/core/functions/describeMailingPause.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/describeMailingPause.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-describemailingpause" tabindex="-1">Function: describeMailingPause() <a class="header-anchor" href="#function-describemailingpause" aria-label="Permalink to &quot;Function: describeMailingPause()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> describeMailingPause</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">pause</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">locale</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ReasonText</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: mailing/describe-mailing-pause.ts:10</p><p>Title, cause and remedy of a mailing&#39;s pause in <code>locale</code> (en, nl or sv): the cause names the rate that passed its threshold, with the rate, the sample and the threshold.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="pause" tabindex="-1">pause <a class="header-anchor" href="#pause" aria-label="Permalink to &quot;pause&quot;">​</a></h3><p><a href="./../interfaces/MailingPause"><code>MailingPause</code></a></p><h3 id="locale" tabindex="-1">locale? <a class="header-anchor" href="#locale" aria-label="Permalink to &quot;locale?&quot;">​</a></h3><p><a href="./../type-aliases/Locale"><code>Locale</code></a> = <code>&#39;en&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ReasonText"><code>ReasonText</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/describeMailingPause.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeMailingPause = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeMailingPause as default
};
