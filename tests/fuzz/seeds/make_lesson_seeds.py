#!/usr/bin/env python3
"""Writes the structure-aware seeds of the lesson and settings fuzz target into
tests/fuzz/corpus/lesson/: a valid one-step lesson with a stroke and a held point, and from it
one file per field with a value of the wrong type, numbers at the limits, deep nesting and long
strings. libFuzzer mutates from these, so its inputs reach every field of the readers instead of
stopping at the first syntax error. Run it again after a change to the lesson format."""
import copy
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "lesson"
TEXTS = {"what": "w", "why": "y", "how": "h", "avoid": "a"}
LESSON = {
    "format": "lumbarlab-lesson", "version": 1, "id": "seed", "title": "Seed", "summary": "One step.",
    "patient_position": "prone",
    "steps": [{
        "title": "Glide", "phase": "deep work", "tool": "forearm", "approach": "posterior",
        "contact_area_cm2": 20, "targets": ["longissimus_thoracis.left"],
        "stroke": {"kind": "glide", "direction": "superior", "speed_cm_s": 3, "repetitions": 2,
                   "repeat": "return",
                   "path": [{"structure": "longissimus_thoracis.left", "u": 0.1, "v": 0.5},
                            {"structure": "longissimus_thoracis.left", "u": 0.9, "v": 0.5}]},
        "pressure": {"profile": [[0, 40], [0.5, 80], [1, 40]]},
        "pressure_points": [{"anchor": {"landmark": "psis.left"}, "hold_s": 5, "force_N": 20}],
        "duration_s": 60,
        "explain": {"student": TEXTS, "instructor": TEXTS, "patient": TEXTS},
        "cautions": ["c"], "check_in": "ok?", "sources": ["s"]}]}
SETTINGS = {"format": "lumbarlab-settings", "version": 1, "ui_scale": 1.25, "theme": "dark",
            "audience": "student", "labels": True, "presentation_auto_orbit": False,
            "hand_tone": "medium", "therapist": False, "render_scale": "full", "window_width": 1280,
            "window_height": 800}
# A value of each JSON type; every field gets each one that is not its own type.
WRONG = {"string": "x", "number": 7, "negative": -1, "bool": True, "null": None, "array": [1], "object": {"a": 1}}


def paths(value, prefix=()):
    """Every member and element of `value`, as key paths."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield prefix + (key,)
            yield from paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield prefix + (index,)
            yield from paths(item, prefix + (index,))


def replaced(document, path, value):
    out = copy.deepcopy(document)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


def kind(value):
    return {str: "string", bool: "bool", type(None): "null", list: "array", dict: "object"}.get(
        type(value), "number")


def write(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


def main():
    write("seed_lesson.json", json.dumps(LESSON, indent=1))
    write("seed_settings.json", json.dumps(SETTINGS, indent=1))
    # Wrong types: one file per field, the types taken in turn (libFuzzer's mutations and the
    # dictionary swap in the others), named after the field's path and the type put there.
    labels = list(WRONG)
    turn = 0
    for document, stem in ((LESSON, "lesson"), (SETTINGS, "settings")):
        for path in paths(document):
            original = document
            for key in path:
                original = original[key]
            while kind(WRONG[labels[turn % len(labels)]]) == kind(original):
                turn += 1
            label = labels[turn % len(labels)]
            turn += 1
            place = "_".join(str(key) for key in path).replace(" ", "-")
            write(f"wrong_{stem}_{place}_{label}.json", json.dumps(replaced(document, path, WRONG[label])))
    # Numbers at the limits of int64, uint64 and double, in the number fields.
    limits = ["0", "-0", "1e308", "-1e308", "4.9e-324", "1e-400", "9223372036854775807",
              "9223372036854775808", "18446744073709551615", "18446744073709551616",
              "-9223372036854775809", "2147483648", "1.7976931348623157e308"]
    text = json.dumps(LESSON)
    for index, limit in enumerate(limits):
        write(f"limit_{index:02d}.json", text.replace('"duration_s": 60', f'"duration_s": {limit}')
              .replace('"version": 1', f'"version": {limit}').replace('"u": 0.9', f'"u": {limit}')
              .replace('"repetitions": 2', f'"repetitions": {limit}'))
        write(f"limit_settings_{index:02d}.json", json.dumps(SETTINGS).replace(
            '"window_width": 1280', f'"window_width": {limit}').replace('"ui_scale": 1.25', f'"ui_scale": {limit}'))
    # Deep nesting where a value is read and at the top; long strings and keys.
    write("deep_array.json", "[" * 3000 + "]" * 3000)
    write("deep_explain.json", text.replace('"avoid": "a"', '"avoid": ' + '{"a":' * 1500 + "1" + "}" * 1500, 1))
    write("deep_unclosed.json", '{"steps":' + "[" * 4000)
    write("long_title.json", text.replace('"title": "Seed"', '"title": "' + "T" * 6000 + '"'))
    write("long_key.json", text.replace('"summary"', '"' + "k" * 6000 + '"'))
    write("long_escapes.json", text.replace('"summary": "One step."', '"summary": "' + "\\u00e9\\ud83d\\ude00" * 400 + '"'))
    write("zero_length_path.json", text.replace('"u": 0.9', '"u": 0.1'))
    write("profile_not_a_function.json", text.replace("[0.5, 80]", "[0.5, 80], [0.5, 90]"))


if __name__ == "__main__":
    main()
