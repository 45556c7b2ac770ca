"""Read the figures' pose files (``resources/figures/*.toml``) into ExerciseFigure objects.

A pose file names its exercise, the camera, the key poses and which pose each
phase of a rep ends in. To keep the files short and hard to get wrong:

- a bone's direction is an angle in degrees (``thigh_left = 60``) or an angle
  and a roll (``thigh_left = [60, 40]``), see coach.domain.figure.Direction;
- ``thigh = 60`` sets both thighs; ``thigh_left`` then overrides the left one;
- ``like = "down"`` starts a pose as a copy of another and changes only what it lists;
- a hand holds a joint (``holds = { hand_left = "knee_right" }``) or a point along a bone
  (``hand_left = ["shin_right", 0.25]``, a quarter of the way from the knee to the ankle);
- ``view = { turn, tilt, mirror }`` is the camera (see coach.domain.figure_exercise.View);
  ``on_floor`` lists the bones that lie on the floor all through a rep, and ``ghost`` the
  bones whose target pose is drawn faintly while a phase moves.

Every problem is a FigureFileError naming the file, the field and what was
expected; the built-in files are checked by the tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from coach.domain.figure import BONES_BY_NAME, CHAINS, JOINTS, POSED_BONES, Direction, Held, Pose
from coach.domain.figure_exercise import ExerciseFigure, View

_TOP_KEYS = {"exercise", "side", "view", "start", "phases", "planted", "focus", "on_floor", "ghost", "poses"}
_POSE_KEYS = {"like", "pelvis", "pelvis_front", "chest_front", "holds"}
_BOTH_SIDES = {name.removesuffix("_left") for name in POSED_BONES if name.endswith("_left")}


class FigureFileError(ValueError):
    """A pose file that cannot be used; the message names the file, the field and the fix."""

    def __init__(self, file: Path, field: str | None, problem: str) -> None:
        self.file, self.field, self.problem = file, field, problem
        super().__init__(f"{file}: {field}: {problem}" if field else f"{file}: {problem}")


def load_figures(directory: Path) -> dict[str, ExerciseFigure]:
    """Every ``*.toml`` in a directory, by exercise id."""
    figures: dict[str, ExerciseFigure] = {}
    for path in sorted(directory.glob("*.toml")):
        figure = load_figure(path)
        if figure.exercise in figures:
            raise FigureFileError(path, "exercise", f'"{figure.exercise}" already has a figure in '
                                                     f"{figures[figure.exercise].source.name}")
        figures[figure.exercise] = figure
    return figures


def load_figure(path: Path) -> ExerciseFigure:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FigureFileError(path, None, f"cannot be read as TOML: {error}") from None
    return _Reader(path).figure(document)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str | None, problem: str) -> FigureFileError:
        return FigureFileError(self.path, field, problem)

    def figure(self, document: dict[str, object]) -> ExerciseFigure:
        self.known_keys(document, _TOP_KEYS, "")
        exercise = self.text(document, "exercise")
        side = document.get("side")
        if side not in (None, "left", "right"):
            raise self.fail("side", f'must be "left" or "right" (the side the poses show), not {side!r}')
        poses_table = document.get("poses")
        if not isinstance(poses_table, dict) or not poses_table:
            raise self.fail("poses", "must be a table of poses, e.g. [poses.down]")
        poses: dict[str, Pose] = {}
        for name in poses_table:
            self.pose(poses_table, name, poses, chain=())
        start = self.pose_name(document, "start", poses)
        phases_value = document.get("phases")
        if not isinstance(phases_value, list) or not phases_value:
            raise self.fail("phases", "must list the pose each phase of a rep ends in")
        phases = tuple(self.pose_name({"phases": value}, "phases", poses, index)
                       for index, value in enumerate(phases_value))
        if phases[-1] != start:
            raise self.fail("phases", f'must end in the start pose "{start}", so the next rep starts where '
                                      f'this one ends (it ends in "{phases[-1]}")')
        return ExerciseFigure(
            exercise=exercise, side=side, view=self.view(document.get("view", {})), poses=poses, start=start,
            phases=phases, planted=self.names(document, "planted", CHAINS, "a hand or an ankle"),
            focus=self.names(document, "focus", BONES_BY_NAME, "a bone"),
            on_floor=self.names(document, "on_floor", BONES_BY_NAME, "a bone"),
            ghost=self.names(document, "ghost", BONES_BY_NAME, "a bone"), source=self.path)

    def pose(self, table: dict[str, object], name: str, poses: dict[str, Pose], chain: tuple[str, ...]) -> Pose:
        if name in poses:
            return poses[name]
        where = f"poses.{name}"
        if name in chain:
            raise self.fail(where + ".like", f"goes round in a circle: {' -> '.join(chain + (name,))}")
        if name not in table:
            raise self.fail(f"poses.{chain[-1]}.like" if chain else None,
                            f'names a pose "{name}" that the file does not have')
        values = table[name]
        if not isinstance(values, dict):
            raise self.fail(where, "must be a table")
        self.known_keys(values, _POSE_KEYS | set(POSED_BONES) | _BOTH_SIDES, where)
        base = None
        if "like" in values:
            base = self.pose(table, self.text(values, "like", where), poses, chain + (name,))
        bones = dict(base.bones) if base else {}
        for key in sorted(k for k in values if k in _BOTH_SIDES):
            for side in ("left", "right"):
                bones[f"{key}_{side}"] = self.direction(values[key], f"{where}.{key}")
        for key in (k for k in values if k in BONES_BY_NAME):
            bones[key] = self.direction(values[key], f"{where}.{key}")
        missing = [bone for bone in POSED_BONES if bone not in bones]
        if missing:
            raise self.fail(where, f"gives no direction for {', '.join(missing)}")
        pelvis = values.get("pelvis", base.pelvis if base else None)
        if not (isinstance(pelvis, (list, tuple)) and len(pelvis) == 3 and all(self.is_number(v) for v in pelvis)):
            raise self.fail(where + ".pelvis", "must be [x, y, z] in centimetres (y is the height above the floor)")
        pose = Pose(pelvis=(float(pelvis[0]), float(pelvis[1]), float(pelvis[2])),
                    pelvis_front=self.number(values, "pelvis_front", where, base.pelvis_front if base else None),
                    chest_front=self.number(values, "chest_front", where, base.chest_front if base else None),
                    bones=bones,
                    holds=self.holds(values["holds"], where) if "holds" in values else dict(base.holds) if base else {})
        poses[name] = pose
        return pose

    def direction(self, value: object, where: str) -> Direction:
        if self.is_number(value):
            return Direction(float(value))  # type: ignore[arg-type]
        if isinstance(value, list) and len(value) == 2 and all(self.is_number(v) for v in value):
            return Direction(float(value[0]), float(value[1]))
        raise self.fail(where, f"must be an angle in degrees or [angle, roll], not {value!r}")

    def view(self, value: object) -> View:
        if not isinstance(value, dict):
            raise self.fail("view", "must be a table such as { turn = 0, tilt = 0 }")
        self.known_keys(value, {"turn", "tilt", "mirror"}, "view")
        mirror = value.get("mirror", False)
        if not isinstance(mirror, bool):
            raise self.fail("view.mirror", f"must be true or false, not {mirror!r}")
        return View(turn=self.number(value, "turn", "view", 0.0), tilt=self.number(value, "tilt", "view", 0.0),
                    mirror=mirror)

    def holds(self, value: object, where: str) -> dict[str, Held]:
        if not isinstance(value, dict):
            raise self.fail(f"{where}.holds", 'must be a table such as { hand_left = "knee_right" }')
        holds: dict[str, Held] = {}
        for joint, held in value.items():
            field = f"{where}.holds.{joint}"
            if joint not in CHAINS:
                raise self.fail(field, f"must be one of {', '.join(sorted(CHAINS))}")
            if isinstance(held, str) and held in JOINTS:
                holds[joint] = held
            elif (isinstance(held, list) and len(held) == 2 and held[0] in BONES_BY_NAME
                  and self.is_number(held[1]) and 0 <= held[1] <= 1):
                holds[joint] = (held[0], float(held[1]))
            else:
                raise self.fail(field, f'must name a joint ("knee_right") or a bone and how far along it, 0-1 '
                                       f'(["shin_right", 0.25]), not {held!r}')
        return holds

    def names(self, document: dict[str, object], key: str, allowed: object, what: str) -> tuple[str, ...]:
        value = document.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list of names of {what}")
        for index, item in enumerate(value):
            if item not in allowed:  # type: ignore[operator]
                raise self.fail(f"{key}[{index}]", f"{item!r} is not {what} the figure has")
        return tuple(value)

    def pose_name(self, document: dict[str, object], key: str, poses: dict[str, Pose],
                  index: int | None = None) -> str:
        value = document.get(key)
        where = key if index is None else f"{key}[{index}]"
        if value not in poses:
            raise self.fail(where, f"must name one of the poses ({', '.join(poses)}), not {value!r}")
        return str(value)

    def text(self, table: dict[str, object], key: str, where: str = "") -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value:
            raise self.fail(f"{where}.{key}" if where else key, "must be some text")
        return value

    def number(self, table: dict[str, object], key: str, where: str, default: float | None) -> float:
        value = table.get(key, default)
        if not self.is_number(value):
            raise self.fail(f"{where}.{key}", f"must be a number of degrees, not {value!r}")
        return float(value)  # type: ignore[arg-type]

    @staticmethod
    def is_number(value: object) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    def known_keys(self, table: dict[str, object], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(f"{where}.{key}" if where else key, "is not a field a pose file has (a typo?)")
