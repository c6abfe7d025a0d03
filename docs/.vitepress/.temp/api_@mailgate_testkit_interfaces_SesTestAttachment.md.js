import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SesTestAttachment","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/interfaces/SesTestAttachment.md","filePath":"api/@mailgate/testkit/interfaces/SesTestAttachment.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/interfaces/SesTestAttachment.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sestestattachment" tabindex="-1">Interface: SesTestAttachment <a class="header-anchor" href="#interface-sestestattachment" aria-label="Permalink to &quot;Interface: SesTestAttachment&quot;">​</a></h1><p>Defined in: testkit/src/ses/create-ses-test-server.ts:45</p><p>An attachment of a message the SES emulator accepted.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="content" tabindex="-1">content <a class="header-anchor" href="#content" aria-label="Permalink to &quot;content&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">content</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: Buffer;</span></span></code></pre></div><p>Defined in: testkit/src/ses/create-ses-test-server.ts:48</p><hr><h3 id="contenttype" tabindex="-1">contentType? <a class="header-anchor" href="#contenttype" aria-label="Permalink to &quot;contentType?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly contentType</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: testkit/src/ses/create-ses-test-server.ts:47</p><hr><h3 id="filename" tabindex="-1">fileName <a class="header-anchor" href="#filename" aria-label="Permalink to &quot;fileName&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">fileName</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: testkit/src/ses/create-ses-test-server.ts:46</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/interfaces/SesTestAttachment.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SesTestAttachment = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SesTestAttachment as default
};
