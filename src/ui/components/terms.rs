//! Which marked terms of a view open an explanation: the first marked occurrence of each term
//! in the order the view shows them (issue 24). Views are built from many components, and a
//! component does not know what stands above it, so after the view has rendered the scope reads
//! the marks in document order from the DOM and tells each paragraph which of its marks come
//! first ([`crate::glossary::firsts`] decides). A paragraph that renders again asks for a new
//! reading; the scope renders again only when the answer changes.

use std::cell::Cell;
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The attributes of every marked occurrence: its key and its term's slug.
pub const MARK_ATTR: &str = "data-omk-mark";
pub const TERM_ATTR: &str = "data-omk-term";

/// What the paragraphs of a view read: the keys of the marks that open an explanation, and how
/// to ask for a new reading after they have rendered.
#[derive(Clone, PartialEq)]
pub struct TermScope {
    pub firsts: Rc<Vec<String>>,
    pub rescan: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct TermsProps {
    /// The element the view renders in.
    pub root: NodeRef,
    pub children: Html,
}

#[function_component]
pub fn Terms(props: &TermsProps) -> Html {
    let firsts = use_state_eq(|| Rc::new(Vec::<String>::new()));
    let pending = use_memo((), |_| Cell::new(false));
    let rescan = {
        let (root, firsts) = (props.root.clone(), firsts.clone());
        use_callback((), move |(), _| {
            // One reading for all the paragraphs that rendered in one go.
            if pending.replace(true) {
                return;
            }
            let (root, firsts, pending) = (root.clone(), firsts.clone(), pending.clone());
            spawn_local(async move {
                pending.set(false);
                let Some(root) = root.cast::<web_sys::Element>() else { return };
                let Ok(found) = root.query_selector_all(&format!("[{MARK_ATTR}]")) else { return };
                let mut marks = Vec::with_capacity(found.length() as usize);
                for i in 0..found.length() {
                    let Some(el) = found.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) else { continue };
                    if let (Some(term), Some(key)) = (el.get_attribute(TERM_ATTR), el.get_attribute(MARK_ATTR)) {
                        marks.push((term, key));
                    }
                }
                firsts.set(Rc::new(crate::glossary::firsts(&marks)));
            });
        })
    };
    let scope = TermScope { firsts: (*firsts).clone(), rescan };
    html! {
        <ContextProvider<TermScope> context={scope}>{ props.children.clone() }</ContextProvider<TermScope>>
    }
}
