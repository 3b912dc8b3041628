//! Files in and out of the browser, without a server: downloads made from a string or bytes, the
//! bytes of a chosen file, and a PNG drawn from an SVG document on a canvas.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `bytes` as a file download called `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
        download_blob(name, &blob);
    }
}

fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has started from the URL; it can go after this task.
    gloo_timers::callback::Timeout::new(1_000, move || _ = web_sys::Url::revoke_object_url(&url)).forget();
}

/// The bytes of a file the visitor chose.
pub async fn bytes(file: web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

type Once = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce()>>>>;

fn call(f: &Once) {
    if let Some(f) = f.take() {
        f();
    }
}

/// Draws an SVG document on a `width` × `height` canvas and downloads it as PNG; `failed` runs
/// when the browser could not draw or encode it.
pub fn download_png(name: &str, svg: &str, (width, height): (u32, u32), failed: impl FnOnce() + 'static) {
    let failed: Once = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(failed))));
    let name = name.to_string();
    let started = (|| -> Result<(), JsValue> {
        let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&JsValue::from_str(svg)), &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let image = web_sys::HtmlImageElement::new()?;
        let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
        canvas.set_width(width);
        canvas.set_height(height);
        let (img, src, on_fail, on_error) = (image.clone(), url.clone(), failed.clone(), failed.clone());
        // Each callback frees itself when called (`once_into_js`).
        let onload = Closure::once_into_js(move || {
            _ = web_sys::Url::revoke_object_url(&src);
            let context = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
            let drawn = context.is_some_and(|c| c.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, f64::from(width), f64::from(height)).is_ok());
            let on_blob_fail = on_fail.clone();
            let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| match blob {
                Some(b) => download_blob(&name, &b),
                None => call(&on_blob_fail),
            });
            if !drawn || canvas.to_blob(on_blob.unchecked_ref()).is_err() {
                call(&on_fail);
            }
        });
        let onerror = Closure::once_into_js(move || call(&on_error));
        image.set_onload(Some(onload.unchecked_ref()));
        image.set_onerror(Some(onerror.unchecked_ref()));
        image.set_src(&url);
        Ok(())
    })();
    if started.is_err() {
        call(&failed);
    }
}
