//! Opening reports: the "打开报告 / Open report" file chooser (one or many
//! files), pasting text into a dialog, and dropping files on the page (the
//! app calls [`use_drop_zone`]); the switcher between open reports; a line of
//! progress while files are read and the messages about files that did
//! not open or could not be kept.

use wasm_bindgen::JsCast;
use web_sys::{
    File, HtmlDialogElement, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
    KeyboardEvent,
};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ingest::{IngestError, MAX_BYTES};
use crate::library::{self, Change, OpenError};
use crate::messages::{t, tf, Msg, Tpl};
use crate::state::Action;
use crate::ui::components::button;
use crate::ui::context::use_explorer;
use crate::ui::files;
use crate::ui::shelf::{entry_of, publish, Keeping, Message, Shelf, ShelfAction};
use crate::ui::storage;

/// Where an opened report goes: the shelf, storage, and the app's state
/// (the last report opened becomes the open one).
#[derive(Clone, PartialEq)]
pub struct Opener {
    pub shelf: UseReducerHandle<Shelf>,
    pub dispatch: Callback<Action>,
}

enum Source {
    File(File),
    Text { name: String, text: String },
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::File(f) => f.name(),
            Source::Text { name, .. } => name.clone(),
        }
    }
}

/// Reads `files` one after another, pausing between them so the page
/// paints the progress line and answers input; a file that does not open
/// is named in a message and the others still open.
pub fn open_files(opener: &Opener, files: Vec<File>) {
    open_sources(opener, files.into_iter().map(Source::File).collect());
}

fn open_sources(opener: &Opener, sources: Vec<Source>) {
    if sources.is_empty() {
        return;
    }
    let Opener { shelf, dispatch } = opener.clone();
    let keep = shelf.keeping != Keeping::PageOnly;
    if !keep {
        // Said once, when it first matters.
        shelf.dispatch(ShelfAction::Tell(Message::PageOnly));
    }
    spawn_local(async move {
        let total = sources.len();
        let mut opened_ids = Vec::new();
        let mut to_keep = Vec::new();
        for (i, source) in sources.into_iter().enumerate() {
            let name = source.name();
            if total > 1 {
                shelf.dispatch(ShelfAction::Progress(Some((i + 1, total, name.clone()))));
                files::pause().await;
            }
            match read_source(source, &name).await {
                Ok(opened) => {
                    opened_ids.push(opened.stored.id.clone());
                    // The same words already open keep their name and
                    // corrections, here and in storage.
                    let known = shelf.reports.get(&opened.stored.id).is_some();
                    if keep && !known {
                        to_keep.push(opened.stored.clone());
                    }
                    publish(&shelf, Change::Add(entry_of(opened)));
                }
                Err(message) => shelf.dispatch(ShelfAction::Tell(message)),
            }
        }
        shelf.dispatch(ShelfAction::Progress(None));
        // The last report opened is shown at once; keeping them follows.
        if let Some(id) = opened_ids.pop() {
            dispatch.emit(Action::OpenReport(Some(id)));
        }
        for stored in to_keep {
            if let Err(e) = storage::put(&stored).await {
                gloo::console::warn!(format!("report explorer: not kept: {e}"));
                shelf.dispatch(ShelfAction::Tell(Message::NotKept { name: stored.name }));
            }
        }
    });
}

async fn read_source(source: Source, name: &str) -> Result<library::Opened, Message> {
    let not_opened = |error| Message::NotOpened {
        name: name.to_owned(),
        error,
    };
    match source {
        Source::File(file) if file.size() > MAX_BYTES as f64 => {
            Err(not_opened(OpenError::Ingest(IngestError::TooLarge {
                bytes: file.size() as usize,
            })))
        }
        Source::File(file) => match files::bytes(&file).await {
            Ok(bytes) => library::open(name, &bytes, &files::gb18030).map_err(not_opened),
            Err(_) => Err(Message::Unreadable {
                name: name.to_owned(),
            }),
        },
        Source::Text { text, .. } => library::open_text(name, &text).map_err(not_opened),
    }
}

/// Files dragged over the explorer: whether they are, the handlers that
/// say so and open what is dropped, and the line that tells where to drop.
pub struct DropZone {
    pub dragging: bool,
    pub enter: Callback<DragEvent>,
    pub leave: Callback<DragEvent>,
    pub drop: Callback<DragEvent>,
}

impl DropZone {
    /// The visible, politely announced line: empty unless files are over.
    pub fn status(&self, lang: Lang) -> Html {
        html! {
            <p class="rx-drop-status" role="status">
                if self.dragging {
                    { t(lang, Msg::DropHere) }
                }
            </p>
        }
    }
}

/// Highlights the explorer (`root`) while files are dragged over it; ends on
/// a drop, when the drag leaves it, and on Escape.
#[hook]
pub fn use_drop_zone(opener: &Opener, root: NodeRef) -> DropZone {
    let dragging = use_state_eq(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with(*dragging, move |on| {
            let on = *on;
            let listener = on.then(|| {
                gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                    if e.dyn_ref::<KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape")
                    {
                        dragging.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let enter = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let files = e
                .data_transfer()
                .is_some_and(|d| d.types().includes(&"Files".into(), 0));
            if files {
                // Without this the browser opens the file in place of the page.
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let to = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let inside = root
                .get()
                .is_some_and(|root| to.is_some_and(|to| root.contains(Some(&to))));
            if !inside {
                dragging.set(false);
            }
        })
    };
    let drop = {
        let opener = opener.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            open_files(
                &opener,
                files::list(e.data_transfer().and_then(|d| d.files())),
            );
        })
    };
    DropZone {
        dragging: *dragging,
        enter,
        leave,
        drop,
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenReportsProps {
    pub opener: Opener,
    /// The open report's id; `None` for the embedded one.
    pub current: Option<String>,
}

/// The header's report controls: switcher, open, paste.
#[function_component]
pub fn OpenReports(props: &OpenReportsProps) -> Html {
    let lang = use_explorer().lang;
    let shelf = &props.opener.shelf;
    let input = use_node_ref();
    let dialog = use_node_ref();
    let text = use_node_ref();
    let paste_button = use_node_ref();

    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let chosen = {
        let opener = props.opener.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let list = files::list(input.files());
            // The same file chosen again is a new change.
            input.set_value("");
            open_files(&opener, list);
        })
    };
    let paste = {
        let dialog = dialog.clone();
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
                // The last text pasted is kept (one that did not open is
                // not lost) and selected, so a new paste replaces it.
                if let Some(t) = text.cast::<HtmlTextAreaElement>() {
                    let _ = t.focus();
                    t.select();
                }
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // However the dialog closes (Escape, cancel, open), focus goes back.
    let closed = {
        let paste_button = paste_button.clone();
        Callback::from(move |_: Event| {
            if let Some(b) = paste_button.cast::<HtmlElement>() {
                let _ = b.focus();
            }
        })
    };
    let submit = {
        let opener = props.opener.clone();
        let dialog = dialog.clone();
        let text = text.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(area) = text.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let value = area.value();
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
            let name = t(lang, Msg::PastedText).to_owned();
            open_sources(&opener, vec![Source::Text { name, text: value }]);
        })
    };
    let switch = {
        let dispatch = props.opener.dispatch.clone();
        let shelf = shelf.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            else {
                return;
            };
            let id = select.value();
            let embedded = shelf.reports.embedded().id == id;
            dispatch.emit(Action::OpenReport((!embedded).then_some(id)));
        })
    };
    let current = shelf.reports.current(props.current.as_deref()).id.clone();
    let dismiss = {
        let shelf = shelf.clone();
        Callback::from(move |_: MouseEvent| shelf.dispatch(ShelfAction::DismissMessages))
    };

    html! {
        <div class="rx-reports">
            <label class="rx-switcher">
                <span>{ t(lang, Msg::Report) }</span>
                <select onchange={switch}>
                    { for shelf.reports.entries().iter().map(|e| {
                        let stored = e.stored.as_ref().map(|s| s.name.as_str());
                        let label = library::switcher_label(&e.report, stored, lang);
                        html! { <option value={e.id.clone()} selected={e.id == current}>{ label }</option> }
                    }) }
                </select>
            </label>
            <button type="button" class="rx-button rx-open" onclick={choose}>
                { t(lang, Msg::OpenReport) }
            </button>
            <input ref={input} type="file" multiple=true class="rx-file-input" tabindex="-1" aria-hidden="true"
                accept=".txt,.text,.html,.htm,.docx,text/plain,text/html"
                onchange={chosen} />
            <button type="button" class="rx-button" ref={paste_button} onclick={paste}>
                { t(lang, Msg::PasteText) }
            </button>
            <span class="rx-drop-hint">{ t(lang, Msg::DropHint) }</span>
            <dialog ref={dialog} class="rx-paste" aria-labelledby="rx-paste-title" onclose={closed}>
                <form method="dialog" onsubmit={submit}>
                    <h2 id="rx-paste-title">{ t(lang, Msg::PasteTitle) }</h2>
                    <label class="rx-paste-label">
                        { t(lang, Msg::PasteLabel) }
                        <textarea ref={text} rows="10" required=true></textarea>
                    </label>
                    <div class="rx-paste-actions">
                        <button type="submit" class="rx-button">{ t(lang, Msg::Open) }</button>
                        { button(t(lang, Msg::Cancel), close) }
                    </div>
                </form>
            </dialog>
            <p class="rx-progress" role="status">
                if let Some((n, total, name)) = &shelf.progress {
                    { tf(lang, Tpl::Reading, &[n, total, name]) }
                }
            </p>
            if !shelf.messages.is_empty() {
                <div class="rx-messages" role="alert">
                    <ul>
                        { for shelf.messages.iter().map(|m| html! { <li>{ m.text(lang) }</li> }) }
                    </ul>
                    { button(t(lang, Msg::Dismiss), dismiss) }
                </div>
            }
        </div>
    }
}
