"""Pictures for the demo, drawn locally with Pillow: abstract covers and wordmark logos.

Nothing is downloaded. Drawing is seeded by a string, so every run draws the same picture.
"""

import hashlib
import random
from io import BytesIO

from PIL import Image as Picture
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Demo-Inhalte"
COVER_SIZE = (1200, 675)
LOGO_SIZE = (880, 240)  # a wordmark: wider than tall

# (from, to, accent): calm gradients that keep white shapes visible.
PALETTES = (
    ("#0f4c75", "#3282b8", "#bbe1fa"),
    ("#1b5e20", "#66bb6a", "#e8f5e9"),
    ("#4a148c", "#8e24aa", "#f3e5f5"),
    ("#b71c1c", "#ef6c00", "#ffe0b2"),
    ("#004d40", "#26a69a", "#e0f2f1"),
    ("#1a237e", "#5c6bc0", "#e8eaf6"),
    ("#3e2723", "#a1887f", "#efebe9"),
    ("#263238", "#607d8b", "#eceff1"),
    ("#880e4f", "#ec407a", "#fce4ec"),
    ("#e65100", "#ffb300", "#fff8e1"),
    ("#01579b", "#00acc1", "#e0f7fa"),
    ("#33691e", "#c0ca33", "#f9fbe7"),
)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size: tuple[int, int], start: str, end: str) -> Picture.Image:
    """A diagonal gradient from the top left to the bottom right."""
    vertical = Picture.linear_gradient("L").resize(size)
    horizontal = Picture.linear_gradient("L").rotate(90).resize(size)
    mask = Picture.blend(vertical, horizontal, 0.5)
    return Picture.composite(
        Picture.new("RGB", size, _rgb(end)), Picture.new("RGB", size, _rgb(start)), mask
    )


def _shapes(draw: ImageDraw.ImageDraw, rng: random.Random, size, accent) -> None:
    width, height = size
    tint = (*_rgb(accent),)
    motif = rng.choice(("circles", "rings", "dots", "bars", "triangles"))
    if motif == "circles":
        for _ in range(9):
            r = rng.randint(60, 260)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*tint, rng.randint(35, 90)))
    elif motif == "rings":
        x, y = rng.randint(width // 2, width), rng.randint(0, height)
        for r in range(80, 900, 70):
            draw.ellipse((x - r, y - r, x + r, y + r), outline=(*tint, 90), width=10)
    elif motif == "dots":
        step = rng.choice((40, 50, 60))
        for x in range(step // 2, width, step):
            for y in range(step // 2, height, step):
                r = rng.choice((3, 5, 8, 12))
                draw.ellipse((x - r, y - r, x + r, y + r), fill=(*tint, rng.randint(50, 150)))
    elif motif == "bars":
        for i in range(14):
            x = i * 110 + rng.randint(-20, 20)
            draw.polygon(
                ((x, height), (x + 60, height), (x + 360, 0), (x + 300, 0)),
                fill=(*tint, rng.randint(30, 80)),
            )
    else:
        for _ in range(12):
            x, y = rng.randint(-100, width), rng.randint(-100, height)
            s = rng.randint(120, 320)
            draw.polygon(((x, y + s), (x + s, y + s), (x + s // 2, y)), fill=(*tint, 70))


def draw_cover(seed: str, palette: int) -> bytes:
    """An abstract cover picture as JPEG."""
    rng = random.Random(seed)
    start, end, accent = PALETTES[palette % len(PALETTES)]
    picture = _gradient(COVER_SIZE, start, end).convert("RGBA")
    layer = Picture.new("RGBA", COVER_SIZE, (0, 0, 0, 0))
    _shapes(ImageDraw.Draw(layer), rng, COVER_SIZE, accent)
    output = BytesIO()
    Picture.alpha_composite(picture, layer).convert("RGB").save(output, "JPEG", quality=82)
    return output.getvalue()


# A font with German letters (Debian's fonts-dejavu-core); Pillow's own font has no umlauts.
WORDMARK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _font(size: int):
    try:
        return ImageFont.truetype(WORDMARK_FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _lines(draw: ImageDraw.ImageDraw, words: list[str], font, width: int) -> list[str]:
    """Words in as few lines as fit ``width``."""
    lines: list[str] = []
    for word in words:
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def draw_wordmark(name: str, initials: str, colour: str) -> bytes:
    """A wordmark as PNG: a tile with the initials, and the name set beside it."""
    width, height = LOGO_SIZE
    picture = Picture.new("RGBA", LOGO_SIZE, (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    tile = height - 40
    draw.rounded_rectangle((20, 20, 20 + tile, 20 + tile), 36, fill=_rgb(colour))
    mark = _font(88 if len(initials) <= 2 else 64)
    draw.text((20 + tile / 2, height / 2), initials, font=mark, fill="white", anchor="mm")
    text_left, text_width = tile + 56, width - tile - 76
    for size in (56, 48, 42, 36, 30):
        font = _font(size)
        lines = _lines(draw, name.split(), font, text_width)
        if len(lines) * size * 1.15 <= height - 40 and all(
            draw.textlength(line, font=font) <= text_width for line in lines
        ):
            break
    top = height / 2 - len(lines) * size * 1.15 / 2
    for number, line in enumerate(lines):
        y = top + number * size * 1.15
        draw.text((text_left, y), line, font=font, fill=_rgb(colour), anchor="la")
    output = BytesIO()
    picture.save(output, "PNG")
    return output.getvalue()


class DemoImages:
    """Finds the demo's images by title, and draws and stores the missing ones."""

    def __init__(self) -> None:
        self.created = 0
        self._collection: Collection | None = None
        self._by_title: dict[str, object] | None = None

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            root = Collection.get_first_root_node()
            self._collection = root.get_children().filter(
                name=COLLECTION_NAME
            ).first() or root.add_child(name=COLLECTION_NAME)
        return self._collection

    def _existing(self, title: str):
        if self._by_title is None:
            images = get_image_model().objects.filter(collection=self.collection)
            self._by_title = {image.title: image for image in images}
        return self._by_title.get(title)

    def _store(self, title: str, filename: str, data: bytes, description: str = ""):
        image = get_image_model()(
            title=title,
            description=description,
            collection=self.collection,
            file=ImageFile(BytesIO(data), name=filename),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        image.save()
        self._by_title[title] = image
        self.created += 1
        return image

    def cover(self, title: str, seed: str, palette: int):
        """An abstract, decorative cover: it has no description, so it needs no alt text."""
        return self._existing(title) or self._store(
            title, f"demo-{seed}.jpg", draw_cover(seed, palette)
        )

    def logo(self, name: str, initials: str, colour: str):
        title = f"Wortmarke {name}"
        return self._existing(title) or self._store(
            title,
            f"logo-{initials.lower()}.png",
            draw_wordmark(name, initials, colour),
            f"Logo von {name}",
        )
