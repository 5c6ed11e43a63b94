//! Opened reports kept in the browser (IndexedDB), one record per report:
//! `{id, name, text, place, level, reportYear, reviewYear}`, the text and the user's
//! corrections; the records are read again when the page opens.
//!
//! Every call can fail (file:// in some browsers, private windows, a full
//! or refused quota): the caller says so and the page keeps working.

use std::cell::RefCell;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransaction, IdbTransactionMode,
};

use crate::ingest::Level;
use crate::library::{is_id, Corrected, Stored};

const DB: &str = "report-explorer";
const STORE: &str = "reports";

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Why storage did not work: the browser's own words, for the console.
pub type Failure = String;

fn failure(value: JsValue) -> Failure {
    value
        .dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Resolves with the request's result on success, rejects with its error.
fn request(req: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = req.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = req.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = bad
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(on_success.unchecked_ref()));
        req.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Resolves when the transaction commits, rejects when it fails or aborts
/// (a full quota aborts the transaction).
fn done(tx: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let reject_abort = reject.clone();
        let failed_abort = tx.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let on_abort = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed_abort
                .error()
                .map_or(JsValue::from_str("aborted"), JsValue::from);
            let _ = reject_abort.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}

async fn database() -> Result<IdbDatabase, Failure> {
    if let Some(db) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(db);
    }
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(failure)?
        .ok_or_else(|| "indexedDB is not available".to_owned())?;
    let open = factory.open_with_u32(DB, 1).map_err(failure)?;
    let upgrading = open.clone();
    let on_upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrading.result().map(IdbDatabase::unchecked_from_js) {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&JsValue::from_str("id"));
            let _ = db.create_object_store_with_optional_parameters(STORE, &params);
        }
    });
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db: IdbDatabase = request(&open).await.map_err(failure)?.unchecked_into();
    OPEN.with(|slot| *slot.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn transaction(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<IdbTransaction, Failure> {
    db.transaction_with_str_and_mode(STORE, mode)
        .map_err(failure)
}

/// Every kept report, oldest first (by id: IndexedDB's key order; the
/// page sorts nothing by it). Records that do not read are skipped.
pub async fn load() -> Result<Vec<Stored>, Failure> {
    let db = database().await?;
    let tx = transaction(&db, IdbTransactionMode::Readonly)?;
    let store = tx.object_store(STORE).map_err(failure)?;
    let all = request(&store.get_all().map_err(failure)?)
        .await
        .map_err(failure)?;
    let mut out: Vec<(f64, Stored)> = Array::from(&all)
        .iter()
        .filter_map(|record| Some((number(&record, "added").unwrap_or(0.0), from_js(&record)?)))
        .collect();
    crate::order::sort_by(&mut out, |a, b| a.0.total_cmp(&b.0));
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

/// Keeps (or replaces) one report.
pub async fn put(stored: &Stored) -> Result<(), Failure> {
    let db = database().await?;
    let tx = transaction(&db, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE).map_err(failure)?;
    store.put(&to_js(stored)).map_err(failure)?;
    done(&tx).await.map(drop).map_err(failure)
}

/// Forgets one report.
pub async fn delete(id: &str) -> Result<(), Failure> {
    let db = database().await?;
    let tx = transaction(&db, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE).map_err(failure)?;
    store.delete(&JsValue::from_str(id)).map_err(failure)?;
    done(&tx).await.map(drop).map_err(failure)
}

fn set(obj: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value);
}

fn to_js(stored: &Stored) -> JsValue {
    let obj = Object::new();
    set(&obj, "id", stored.id.as_str().into());
    set(&obj, "name", stored.name.as_str().into());
    set(&obj, "text", stored.text.as_str().into());
    set(&obj, "added", js_sys::Date::now().into());
    let c = &stored.corrected;
    if let Some(place) = &c.place {
        set(&obj, "place", place.as_str().into());
    }
    if let Some(level) = c.level {
        set(&obj, "level", level.id().into());
    }
    for (key, year) in [("reportYear", c.report_year), ("reviewYear", c.review_year)] {
        if let Some(year) = year {
            set(&obj, key, f64::from(year).into());
        }
    }
    obj.into()
}

fn string(obj: &JsValue, key: &str) -> Option<String> {
    Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_string()
}

fn number(obj: &JsValue, key: &str) -> Option<f64> {
    Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_f64()
}

fn year(obj: &JsValue, key: &str) -> Option<u16> {
    number(obj, key)
        .filter(|y| (1.0..=9999.0).contains(y))
        .map(|y| y as u16)
}

fn from_js(obj: &JsValue) -> Option<Stored> {
    let id = string(obj, "id").filter(|id| is_id(id))?;
    Some(Stored {
        id,
        name: string(obj, "name").unwrap_or_default(),
        text: string(obj, "text")?,
        corrected: Corrected {
            place: string(obj, "place"),
            level: string(obj, "level").and_then(|l| Level::from_id(&l)),
            report_year: year(obj, "reportYear"),
            review_year: year(obj, "reviewYear"),
        },
    })
}
