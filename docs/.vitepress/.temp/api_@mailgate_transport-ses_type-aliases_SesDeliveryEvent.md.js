import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SesDeliveryEvent","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/type-aliases/SesDeliveryEvent.md","filePath":"api/@mailgate/transport-ses/type-aliases/SesDeliveryEvent.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/type-aliases/SesDeliveryEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-sesdeliveryevent" tabindex="-1">Type Alias: SesDeliveryEvent <a class="header-anchor" href="#type-alias-sesdeliveryevent" aria-label="Permalink to &quot;Type Alias: SesDeliveryEvent&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SesDeliveryEvent</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> DeliveryEvent</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> &amp;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> object</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-ses/src/notifications/map-ses-event.ts:48</p><p>A delivery event ready for <code>gate.ingest</code>, with what SES said beside it.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="ses" tabindex="-1">ses <a class="header-anchor" href="#ses" aria-label="Permalink to &quot;ses&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">ses</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: SesEventDetail;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/type-aliases/SesDeliveryEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SesDeliveryEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SesDeliveryEvent as default
};
