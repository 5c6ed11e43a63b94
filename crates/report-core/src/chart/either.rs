//! One backend type for two backends, so the drawing code is compiled once.
//!
//! Every function that draws is generic over its backend, and each backend
//! type is another copy of all of them in the WebAssembly: the page's
//! canvas and its SVG download were two copies, 13 KB of code. Drawn
//! through [`Either`], both are one. Each call goes to the backend it
//! holds, default methods included, so the drawing is the same as drawn
//! on that backend directly.

use std::error::Error;
use std::fmt;

use plotters::prelude::DrawingBackend;
use plotters_backend::DrawingErrorKind;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle};

/// A drawing backend that is `A` or `B`.
pub enum Either<A, B> {
    Left(A),
    Right(B),
}

/// The error of whichever backend drew, shown as that backend shows it.
#[derive(Debug)]
pub enum EitherError<A, B> {
    Left(A),
    Right(B),
}

impl<A: fmt::Display, B: fmt::Display> fmt::Display for EitherError<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EitherError::Left(e) => e.fmt(f),
            EitherError::Right(e) => e.fmt(f),
        }
    }
}

impl<A: Error, B: Error> Error for EitherError<A, B> {}

type Failed<A, B> = DrawingErrorKind<EitherError<A, B>>;

fn left<A: Error + Send + Sync, B: Error + Send + Sync>(e: DrawingErrorKind<A>) -> Failed<A, B> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(EitherError::Left(e)),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

fn right<A: Error + Send + Sync, B: Error + Send + Sync>(e: DrawingErrorKind<B>) -> Failed<A, B> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(EitherError::Right(e)),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// `$call` on the backend held, its error as [`EitherError`]'s.
macro_rules! each {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Either::Left($b) => $call.map_err(left),
            Either::Right($b) => $call.map_err(right),
        }
    };
}

type Done<A, B> =
    Result<(), Failed<<A as DrawingBackend>::ErrorType, <B as DrawingBackend>::ErrorType>>;

impl<A: DrawingBackend, B: DrawingBackend> DrawingBackend for Either<A, B> {
    type ErrorType = EitherError<A::ErrorType, B::ErrorType>;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Either::Left(b) => b.get_size(),
            Either::Right(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Done<A, B> {
        each!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Done<A, B> {
        each!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Done<A, B> {
        each!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Done<A, B> {
        each!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Done<A, B> {
        each!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Done<A, B> {
        each!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Done<A, B> {
        each!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Done<A, B> {
        each!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Done<A, B> {
        each!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), Failed<A::ErrorType, B::ErrorType>> {
        each!(self, b => b.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Done<A, B> {
        each!(self, b => b.blit_bitmap(pos, size, src))
    }
}
