"""Tune the merge's few weights (data/merge/weights.json) on annotated clusters, with
cross-validation between the sets: choose on the others, report on the one held out.

usage: python benchmarks/merge_tune.py [--current] [EXTRACTED.jsonl ...]
Reads ../shared/gold/dev2 and dev3 (.jsonl and -clusters.json), tests/fixtures/invented_gold_4, 5,
6, 8, 9 and 10 to 35 (.jsonl and -clusters.json), dev (with the clusters in tests/merge_gold/clusters.json) and
tests/fixtures/invented_gold.jsonl (with the retellings its README lists, in
tests/merge_gold/invented_clusters.json); each set is held out once while the others choose. Each set is scored twice: over
its gold events (the merge alone) and, for each EXTRACTED.jsonl given (the output of `tessera
extract` over the sets' documents, e.g. measure.sh's all.out.jsonl; several versions of the
extractor make the choice robust to its errors), over the extracted events,
mapped to gold events as ../shared/gold/score_merge.py maps them. A weight setting's value on a
set is the mean over both of F0.5 (precision counts double), so precision is kept first.
Prints the best setting on each set and its score on the other. Prints identifiers only.
With --current, only scores the stored weights on each set (no grid). With --worst, each fold
chooses the setting whose lowest precision over its sets is highest (then the best F0.5).
With --half=dev, only the development half of the open sets is read (dev, dev2, dev3, invented
and invented_gold_N with N odd; the validation half, N even, is then judged by measure.py's
totals alone). --grid=JSON replaces GRID (a name's list of values, the rest kept as stored);
--beta=B scores F-beta instead of F0.5 (B=1 weighs a missed pair as a wrong one).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tessera.merge import merge_events
from tessera.merge.evaluation import load_gold
from tessera.merge.profile import cached_profiles
from tessera.merge.weights import trying
from tessera.model import Event, event_from_dict

ROOT = Path(__file__).resolve().parent.parent
# The shared gold beside the repository (a worktree elsewhere names it in TESSERA_GOLD).
GOLD = Path(os.environ.get("TESSERA_GOLD", ROOT.parent / "shared" / "gold"))
# Each list runs from the most cautious value to the least: among settings that score the same,
# the first (most cautious) is kept, since the annotated sets cannot tell them apart.
GRID = {
    "threshold": [5.0, 4.5, 4.0, 3.5],
    "status_change": [-1.0, -0.5],
    "country_conflict": [-3.0, -2.0],
    "place_conflict": [-3.0],
    "date_gap": [-2.0, -1.0],
    "published_close": [1.0, 1.5],
    "story_bonus": [0.0, 1.5, 2.5],
    "victims_differ": [-3.0],
    "act_differs": [-3.0],
    "act_same": [0.0, 1.0, 1.5],
    "count_within": [0.5, 1.0, 1.5, 2.0],
    "count_near": [-3.0, -1.5, -1.0],
}
# The sets whose clusters are kept in the repository by gold event id ("DOC#INDEX"), with the
# gold file each refers to; the others have a `NAME-clusters.json` beside their gold file.
BESIDE = {
    "dev2": GOLD / "dev2.jsonl",
    "dev3": GOLD / "dev3.jsonl",
    "invented_gold_4": ROOT / "tests" / "fixtures" / "invented_gold_4.jsonl",
    "invented_gold_5": ROOT / "tests" / "fixtures" / "invented_gold_5.jsonl",
    "invented_gold_6": ROOT / "tests" / "fixtures" / "invented_gold_6.jsonl",
    "invented_gold_8": ROOT / "tests" / "fixtures" / "invented_gold_8.jsonl",
    "invented_gold_9": ROOT / "tests" / "fixtures" / "invented_gold_9.jsonl",
    "invented_gold_10": ROOT / "tests" / "fixtures" / "invented_gold_10.jsonl",
    "invented_gold_11": ROOT / "tests" / "fixtures" / "invented_gold_11.jsonl",
    "invented_gold_12": ROOT / "tests" / "fixtures" / "invented_gold_12.jsonl",
    "invented_gold_13": ROOT / "tests" / "fixtures" / "invented_gold_13.jsonl",
    "invented_gold_14": ROOT / "tests" / "fixtures" / "invented_gold_14.jsonl",
    "invented_gold_15": ROOT / "tests" / "fixtures" / "invented_gold_15.jsonl",
    "invented_gold_16": ROOT / "tests" / "fixtures" / "invented_gold_16.jsonl",
    "invented_gold_17": ROOT / "tests" / "fixtures" / "invented_gold_17.jsonl",
    "invented_gold_18": ROOT / "tests" / "fixtures" / "invented_gold_18.jsonl",
    "invented_gold_19": ROOT / "tests" / "fixtures" / "invented_gold_19.jsonl",
    "invented_gold_20": ROOT / "tests" / "fixtures" / "invented_gold_20.jsonl",
    "invented_gold_21": ROOT / "tests" / "fixtures" / "invented_gold_21.jsonl",
    "invented_gold_22": ROOT / "tests" / "fixtures" / "invented_gold_22.jsonl",
    "invented_gold_23": ROOT / "tests" / "fixtures" / "invented_gold_23.jsonl",
    "invented_gold_24": ROOT / "tests" / "fixtures" / "invented_gold_24.jsonl",
    "invented_gold_25": ROOT / "tests" / "fixtures" / "invented_gold_25.jsonl",
    "invented_gold_26": ROOT / "tests" / "fixtures" / "invented_gold_26.jsonl",
    "invented_gold_27": ROOT / "tests" / "fixtures" / "invented_gold_27.jsonl",
    "invented_gold_28": ROOT / "tests" / "fixtures" / "invented_gold_28.jsonl",
    "invented_gold_29": ROOT / "tests" / "fixtures" / "invented_gold_29.jsonl",
    "invented_gold_30": ROOT / "tests" / "fixtures" / "invented_gold_30.jsonl",
    "invented_gold_31": ROOT / "tests" / "fixtures" / "invented_gold_31.jsonl",
    "invented_gold_32": ROOT / "tests" / "fixtures" / "invented_gold_32.jsonl",
    "invented_gold_33": ROOT / "tests" / "fixtures" / "invented_gold_33.jsonl",
    "invented_gold_34": ROOT / "tests" / "fixtures" / "invented_gold_34.jsonl",
    "invented_gold_35": ROOT / "tests" / "fixtures" / "invented_gold_35.jsonl",
    "invented_gold_36": ROOT / "tests" / "fixtures" / "invented_gold_36.jsonl",
    "invented_gold_37": ROOT / "tests" / "fixtures" / "invented_gold_37.jsonl",
    "invented_gold_38": ROOT / "tests" / "fixtures" / "invented_gold_38.jsonl",
    "invented_gold_39": ROOT / "tests" / "fixtures" / "invented_gold_39.jsonl",
    "invented_gold_40": ROOT / "tests" / "fixtures" / "invented_gold_40.jsonl",
    "invented_gold_41": ROOT / "tests" / "fixtures" / "invented_gold_41.jsonl",
    "invented_gold_42": ROOT / "tests" / "fixtures" / "invented_gold_42.jsonl",
    "invented_gold_43": ROOT / "tests" / "fixtures" / "invented_gold_43.jsonl",
    "invented_gold_44": ROOT / "tests" / "fixtures" / "invented_gold_44.jsonl",
    "invented_gold_45": ROOT / "tests" / "fixtures" / "invented_gold_45.jsonl",
    "invented_gold_46": ROOT / "tests" / "fixtures" / "invented_gold_46.jsonl",
    "invented_gold_47": ROOT / "tests" / "fixtures" / "invented_gold_47.jsonl",
    "invented_gold_48": ROOT / "tests" / "fixtures" / "invented_gold_48.jsonl",
    "invented_gold_49": ROOT / "tests" / "fixtures" / "invented_gold_49.jsonl",
    "invented_gold_50": ROOT / "tests" / "fixtures" / "invented_gold_50.jsonl",
    "invented_gold_51": ROOT / "tests" / "fixtures" / "invented_gold_51.jsonl",
    "invented_gold_52": ROOT / "tests" / "fixtures" / "invented_gold_52.jsonl",
    "invented_gold_53": ROOT / "tests" / "fixtures" / "invented_gold_53.jsonl",
    "invented_gold_54": ROOT / "tests" / "fixtures" / "invented_gold_54.jsonl",
    "invented_gold_55": ROOT / "tests" / "fixtures" / "invented_gold_55.jsonl",
    "invented_gold_56": ROOT / "tests" / "fixtures" / "invented_gold_56.jsonl",
    "invented_gold_57": ROOT / "tests" / "fixtures" / "invented_gold_57.jsonl",
    "invented_gold_58": ROOT / "tests" / "fixtures" / "invented_gold_58.jsonl",
    "invented_gold_59": ROOT / "tests" / "fixtures" / "invented_gold_59.jsonl",
    "invented_gold_60": ROOT / "tests" / "fixtures" / "invented_gold_60.jsonl",
    "invented_gold_61": ROOT / "tests" / "fixtures" / "invented_gold_61.jsonl",
    "invented_gold_62": ROOT / "tests" / "fixtures" / "invented_gold_62.jsonl",
    "invented_gold_63": ROOT / "tests" / "fixtures" / "invented_gold_63.jsonl",
    "invented_gold_64": ROOT / "tests" / "fixtures" / "invented_gold_64.jsonl",
    "invented_gold_65": ROOT / "tests" / "fixtures" / "invented_gold_65.jsonl",
    "invented_gold_66": ROOT / "tests" / "fixtures" / "invented_gold_66.jsonl",
    "invented_gold_67": ROOT / "tests" / "fixtures" / "invented_gold_67.jsonl",
    "invented_gold_68": ROOT / "tests" / "fixtures" / "invented_gold_68.jsonl",
    "invented_gold_69": ROOT / "tests" / "fixtures" / "invented_gold_69.jsonl",
    "invented_gold_70": ROOT / "tests" / "fixtures" / "invented_gold_70.jsonl",
    "invented_gold_71": ROOT / "tests" / "fixtures" / "invented_gold_71.jsonl",
    "invented_gold_72": ROOT / "tests" / "fixtures" / "invented_gold_72.jsonl",
    "invented_gold_73": ROOT / "tests" / "fixtures" / "invented_gold_73.jsonl",
    "invented_gold_74": ROOT / "tests" / "fixtures" / "invented_gold_74.jsonl",
    "invented_gold_75": ROOT / "tests" / "fixtures" / "invented_gold_75.jsonl",
    "invented_gold_76": ROOT / "tests" / "fixtures" / "invented_gold_76.jsonl",
    "invented_gold_77": ROOT / "tests" / "fixtures" / "invented_gold_77.jsonl",
    "invented_gold_78": ROOT / "tests" / "fixtures" / "invented_gold_78.jsonl",
    "invented_gold_79": ROOT / "tests" / "fixtures" / "invented_gold_79.jsonl",
    "invented_gold_80": ROOT / "tests" / "fixtures" / "invented_gold_80.jsonl",
    "invented_gold_81": ROOT / "tests" / "fixtures" / "invented_gold_81.jsonl",
    "invented_gold_82": ROOT / "tests" / "fixtures" / "invented_gold_82.jsonl",
    "invented_gold_83": ROOT / "tests" / "fixtures" / "invented_gold_83.jsonl",
    "invented_gold_84": ROOT / "tests" / "fixtures" / "invented_gold_84.jsonl",
    "invented_gold_85": ROOT / "tests" / "fixtures" / "invented_gold_85.jsonl",
    "invented_gold_86": ROOT / "tests" / "fixtures" / "invented_gold_86.jsonl",
    "invented_gold_87": ROOT / "tests" / "fixtures" / "invented_gold_87.jsonl",
    "invented_gold_88": ROOT / "tests" / "fixtures" / "invented_gold_88.jsonl",
    "invented_gold_89": ROOT / "tests" / "fixtures" / "invented_gold_89.jsonl",
    "invented_gold_90": ROOT / "tests" / "fixtures" / "invented_gold_90.jsonl",
    "invented_gold_91": ROOT / "tests" / "fixtures" / "invented_gold_91.jsonl",
    "invented_gold_92": ROOT / "tests" / "fixtures" / "invented_gold_92.jsonl",
    "invented_gold_93": ROOT / "tests" / "fixtures" / "invented_gold_93.jsonl",
    "invented_gold_94": ROOT / "tests" / "fixtures" / "invented_gold_94.jsonl",
    "invented_gold_95": ROOT / "tests" / "fixtures" / "invented_gold_95.jsonl",
    "invented_gold_96": ROOT / "tests" / "fixtures" / "invented_gold_96.jsonl",
    "invented_gold_97": ROOT / "tests" / "fixtures" / "invented_gold_97.jsonl",
    "invented_gold_98": ROOT / "tests" / "fixtures" / "invented_gold_98.jsonl",
    "invented_gold_99": ROOT / "tests" / "fixtures" / "invented_gold_99.jsonl",
    "invented_gold_100": ROOT / "tests" / "fixtures" / "invented_gold_100.jsonl",
    "invented_gold_101": ROOT / "tests" / "fixtures" / "invented_gold_101.jsonl",
    "invented_gold_102": ROOT / "tests" / "fixtures" / "invented_gold_102.jsonl",
    "invented_gold_103": ROOT / "tests" / "fixtures" / "invented_gold_103.jsonl",
    "invented_gold_104": ROOT / "tests" / "fixtures" / "invented_gold_104.jsonl",
    "invented_gold_105": ROOT / "tests" / "fixtures" / "invented_gold_105.jsonl",
    "invented_gold_106": ROOT / "tests" / "fixtures" / "invented_gold_106.jsonl",
    "invented_gold_107": ROOT / "tests" / "fixtures" / "invented_gold_107.jsonl",
    "invented_gold_108": ROOT / "tests" / "fixtures" / "invented_gold_108.jsonl",
    "invented_gold_109": ROOT / "tests" / "fixtures" / "invented_gold_109.jsonl",
    "invented_gold_110": ROOT / "tests" / "fixtures" / "invented_gold_110.jsonl",
    "invented_gold_111": ROOT / "tests" / "fixtures" / "invented_gold_111.jsonl",
    "invented_gold_112": ROOT / "tests" / "fixtures" / "invented_gold_112.jsonl",
    "invented_gold_113": ROOT / "tests" / "fixtures" / "invented_gold_113.jsonl",
    "invented_gold_114": ROOT / "tests" / "fixtures" / "invented_gold_114.jsonl",
    "invented_gold_115": ROOT / "tests" / "fixtures" / "invented_gold_115.jsonl",
    "invented_gold_116": ROOT / "tests" / "fixtures" / "invented_gold_116.jsonl",
    "invented_gold_117": ROOT / "tests" / "fixtures" / "invented_gold_117.jsonl",
    "invented_gold_118": ROOT / "tests" / "fixtures" / "invented_gold_118.jsonl",
    "invented_gold_119": ROOT / "tests" / "fixtures" / "invented_gold_119.jsonl",
    "invented_gold_120": ROOT / "tests" / "fixtures" / "invented_gold_120.jsonl",
    "invented_gold_121": ROOT / "tests" / "fixtures" / "invented_gold_121.jsonl",
    "invented_gold_122": ROOT / "tests" / "fixtures" / "invented_gold_122.jsonl",
    "invented_gold_123": ROOT / "tests" / "fixtures" / "invented_gold_123.jsonl",
    "invented_gold_124": ROOT / "tests" / "fixtures" / "invented_gold_124.jsonl",
    "invented_gold_125": ROOT / "tests" / "fixtures" / "invented_gold_125.jsonl",
    "invented_gold_126": ROOT / "tests" / "fixtures" / "invented_gold_126.jsonl",
    "invented_gold_127": ROOT / "tests" / "fixtures" / "invented_gold_127.jsonl",
    "invented_gold_128": ROOT / "tests" / "fixtures" / "invented_gold_128.jsonl",
    "invented_gold_129": ROOT / "tests" / "fixtures" / "invented_gold_129.jsonl",
    "invented_gold_130": ROOT / "tests" / "fixtures" / "invented_gold_130.jsonl",
    "invented_gold_131": ROOT / "tests" / "fixtures" / "invented_gold_131.jsonl",
    "invented_gold_132": ROOT / "tests" / "fixtures" / "invented_gold_132.jsonl",
    "invented_gold_133": ROOT / "tests" / "fixtures" / "invented_gold_133.jsonl",
    "invented_gold_134": ROOT / "tests" / "fixtures" / "invented_gold_134.jsonl",
    "invented_gold_135": ROOT / "tests" / "fixtures" / "invented_gold_135.jsonl",
    "invented_gold_136": ROOT / "tests" / "fixtures" / "invented_gold_136.jsonl",
    "invented_gold_137": ROOT / "tests" / "fixtures" / "invented_gold_137.jsonl",
    "invented_gold_138": ROOT / "tests" / "fixtures" / "invented_gold_138.jsonl",
    "invented_gold_139": ROOT / "tests" / "fixtures" / "invented_gold_139.jsonl",
    "invented_gold_140": ROOT / "tests" / "fixtures" / "invented_gold_140.jsonl",
    "invented_gold_141": ROOT / "tests" / "fixtures" / "invented_gold_141.jsonl",
    "invented_gold_142": ROOT / "tests" / "fixtures" / "invented_gold_142.jsonl",
    "invented_gold_143": ROOT / "tests" / "fixtures" / "invented_gold_143.jsonl",
    "invented_gold_144": ROOT / "tests" / "fixtures" / "invented_gold_144.jsonl",
    "invented_gold_145": ROOT / "tests" / "fixtures" / "invented_gold_145.jsonl",
    "invented_gold_146": ROOT / "tests" / "fixtures" / "invented_gold_146.jsonl",
    "invented_gold_147": ROOT / "tests" / "fixtures" / "invented_gold_147.jsonl",
    "invented_gold_148": ROOT / "tests" / "fixtures" / "invented_gold_148.jsonl",
    "invented_gold_149": ROOT / "tests" / "fixtures" / "invented_gold_149.jsonl",
    "invented_gold_150": ROOT / "tests" / "fixtures" / "invented_gold_150.jsonl",
    "invented_gold_151": ROOT / "tests" / "fixtures" / "invented_gold_151.jsonl",
    "invented_gold_152": ROOT / "tests" / "fixtures" / "invented_gold_152.jsonl",
    "invented_gold_153": ROOT / "tests" / "fixtures" / "invented_gold_153.jsonl",
    "invented_gold_154": ROOT / "tests" / "fixtures" / "invented_gold_154.jsonl",
    "invented_gold_155": ROOT / "tests" / "fixtures" / "invented_gold_155.jsonl",
    "invented_gold_156": ROOT / "tests" / "fixtures" / "invented_gold_156.jsonl",
    "invented_gold_157": ROOT / "tests" / "fixtures" / "invented_gold_157.jsonl",
    "invented_gold_158": ROOT / "tests" / "fixtures" / "invented_gold_158.jsonl",
    "invented_gold_159": ROOT / "tests" / "fixtures" / "invented_gold_159.jsonl",
    "invented_gold_160": ROOT / "tests" / "fixtures" / "invented_gold_160.jsonl",
    "invented_gold_161": ROOT / "tests" / "fixtures" / "invented_gold_161.jsonl",
    "invented_gold_162": ROOT / "tests" / "fixtures" / "invented_gold_162.jsonl",
    "invented_gold_163": ROOT / "tests" / "fixtures" / "invented_gold_163.jsonl",
    "invented_gold_164": ROOT / "tests" / "fixtures" / "invented_gold_164.jsonl",
    "invented_gold_165": ROOT / "tests" / "fixtures" / "invented_gold_165.jsonl",
    "invented_gold_166": ROOT / "tests" / "fixtures" / "invented_gold_166.jsonl",
    "invented_gold_167": ROOT / "tests" / "fixtures" / "invented_gold_167.jsonl",
    "invented_gold_168": ROOT / "tests" / "fixtures" / "invented_gold_168.jsonl",
    "invented_gold_169": ROOT / "tests" / "fixtures" / "invented_gold_169.jsonl",
    "invented_gold_170": ROOT / "tests" / "fixtures" / "invented_gold_170.jsonl",
    "invented_gold_171": ROOT / "tests" / "fixtures" / "invented_gold_171.jsonl",
    "invented_gold_172": ROOT / "tests" / "fixtures" / "invented_gold_172.jsonl",
    "invented_gold_173": ROOT / "tests" / "fixtures" / "invented_gold_173.jsonl",
    "invented_gold_174": ROOT / "tests" / "fixtures" / "invented_gold_174.jsonl",
    "invented_gold_175": ROOT / "tests" / "fixtures" / "invented_gold_175.jsonl",
    "invented_gold_176": ROOT / "tests" / "fixtures" / "invented_gold_176.jsonl",
    "invented_gold_177": ROOT / "tests" / "fixtures" / "invented_gold_177.jsonl",
    "invented_gold_178": ROOT / "tests" / "fixtures" / "invented_gold_178.jsonl",
    "invented_gold_179": ROOT / "tests" / "fixtures" / "invented_gold_179.jsonl",
    "invented_gold_180": ROOT / "tests" / "fixtures" / "invented_gold_180.jsonl",
    "invented_gold_181": ROOT / "tests" / "fixtures" / "invented_gold_181.jsonl",
    "invented_gold_182": ROOT / "tests" / "fixtures" / "invented_gold_182.jsonl",
    "invented_gold_183": ROOT / "tests" / "fixtures" / "invented_gold_183.jsonl",
    "invented_gold_184": ROOT / "tests" / "fixtures" / "invented_gold_184.jsonl",
    "invented_gold_185": ROOT / "tests" / "fixtures" / "invented_gold_185.jsonl",
    "invented_gold_186": ROOT / "tests" / "fixtures" / "invented_gold_186.jsonl",
    "invented_gold_187": ROOT / "tests" / "fixtures" / "invented_gold_187.jsonl",
    "invented_gold_188": ROOT / "tests" / "fixtures" / "invented_gold_188.jsonl",
    "invented_gold_189": ROOT / "tests" / "fixtures" / "invented_gold_189.jsonl",
    "invented_gold_190": ROOT / "tests" / "fixtures" / "invented_gold_190.jsonl",
    "invented_gold_191": ROOT / "tests" / "fixtures" / "invented_gold_191.jsonl",
    "invented_gold_192": ROOT / "tests" / "fixtures" / "invented_gold_192.jsonl",
    "invented_gold_193": ROOT / "tests" / "fixtures" / "invented_gold_193.jsonl",
    "invented_gold_194": ROOT / "tests" / "fixtures" / "invented_gold_194.jsonl",
    "invented_gold_195": ROOT / "tests" / "fixtures" / "invented_gold_195.jsonl",
    "invented_gold_196": ROOT / "tests" / "fixtures" / "invented_gold_196.jsonl",
    "invented_gold_197": ROOT / "tests" / "fixtures" / "invented_gold_197.jsonl",
    "invented_gold_198": ROOT / "tests" / "fixtures" / "invented_gold_198.jsonl",
    "invented_gold_199": ROOT / "tests" / "fixtures" / "invented_gold_199.jsonl",
    "invented_gold_200": ROOT / "tests" / "fixtures" / "invented_gold_200.jsonl",
    "invented_gold_201": ROOT / "tests" / "fixtures" / "invented_gold_201.jsonl",
    "invented_gold_202": ROOT / "tests" / "fixtures" / "invented_gold_202.jsonl",
    "invented_gold_203": ROOT / "tests" / "fixtures" / "invented_gold_203.jsonl",
    "invented_gold_204": ROOT / "tests" / "fixtures" / "invented_gold_204.jsonl",
    "invented_gold_205": ROOT / "tests" / "fixtures" / "invented_gold_205.jsonl",
    "invented_gold_206": ROOT / "tests" / "fixtures" / "invented_gold_206.jsonl",
    "invented_gold_207": ROOT / "tests" / "fixtures" / "invented_gold_207.jsonl",
    "invented_gold_208": ROOT / "tests" / "fixtures" / "invented_gold_208.jsonl",
    "invented_gold_209": ROOT / "tests" / "fixtures" / "invented_gold_209.jsonl",
    "invented_gold_210": ROOT / "tests" / "fixtures" / "invented_gold_210.jsonl",
    "invented_gold_211": ROOT / "tests" / "fixtures" / "invented_gold_211.jsonl",
    "invented_gold_212": ROOT / "tests" / "fixtures" / "invented_gold_212.jsonl",
    "invented_gold_213": ROOT / "tests" / "fixtures" / "invented_gold_213.jsonl",
    "invented_gold_214": ROOT / "tests" / "fixtures" / "invented_gold_214.jsonl",
    "invented_gold_215": ROOT / "tests" / "fixtures" / "invented_gold_215.jsonl",
    "invented_gold_216": ROOT / "tests" / "fixtures" / "invented_gold_216.jsonl",
    "invented_gold_217": ROOT / "tests" / "fixtures" / "invented_gold_217.jsonl",
    "invented_gold_218": ROOT / "tests" / "fixtures" / "invented_gold_218.jsonl",
    "invented_gold_219": ROOT / "tests" / "fixtures" / "invented_gold_219.jsonl",
    "invented_gold_220": ROOT / "tests" / "fixtures" / "invented_gold_220.jsonl",
    "invented_gold_221": ROOT / "tests" / "fixtures" / "invented_gold_221.jsonl",
    "invented_gold_222": ROOT / "tests" / "fixtures" / "invented_gold_222.jsonl",
    "invented_gold_223": ROOT / "tests" / "fixtures" / "invented_gold_223.jsonl",
    "invented_gold_224": ROOT / "tests" / "fixtures" / "invented_gold_224.jsonl",
    "invented_gold_225": ROOT / "tests" / "fixtures" / "invented_gold_225.jsonl",
    "invented_gold_226": ROOT / "tests" / "fixtures" / "invented_gold_226.jsonl",
    "invented_gold_227": ROOT / "tests" / "fixtures" / "invented_gold_227.jsonl",
    "invented_gold_228": ROOT / "tests" / "fixtures" / "invented_gold_228.jsonl",
    "invented_gold_229": ROOT / "tests" / "fixtures" / "invented_gold_229.jsonl",
    "invented_gold_230": ROOT / "tests" / "fixtures" / "invented_gold_230.jsonl",
}
ID_CLUSTERS = {
    "dev": (GOLD / "dev.jsonl", ROOT / "tests" / "merge_gold" / "clusters.json"),
    "invented": (
        ROOT / "tests" / "fixtures" / "invented_gold.jsonl",
        ROOT / "tests" / "merge_gold" / "invented_clusters.json",
    ),
}


def _gold_of(gold: dict, doc: str, typ: str, a: int, b: int) -> str | None:
    """As score_merge.py: the first gold event of the type whose evidence the span overlaps."""
    for i, g in enumerate(gold[doc]["events"]):
        s = gold[doc]["text"].find(g["evidence"])
        if g["type"] == typ and min(b, s + len(g["evidence"])) > max(a, s):
            return None if g.get("optional") else f"{doc}#{i}"
    return None


class Set:
    def __init__(self, name: str, extracted: list[list[dict]]) -> None:
        path = ID_CLUSTERS[name][0] if name in ID_CLUSTERS else BESIDE[name]
        self.gold = {d["doc"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}
        self.documents, self.gold_events = load_gold(path)
        optional = {
            f"{k}#{i}" for k, d in self.gold.items() for i, g in enumerate(d["events"]) if g.get("optional")
        }
        self.gold_events = [e for e in self.gold_events if e.id not in optional]
        self.pairs: set[tuple[str, str]] = set()
        self.skipped: set[str] = set(optional)  # events that count neither way
        if name in ID_CLUSTERS:  # clusters kept in the repository, by gold event id
            data = json.loads(ID_CLUSTERS[name][1].read_text(encoding="utf-8"))
            skip = optional | set(data.get("uncertain") or {})
            self.skipped = skip
            self.gold_events = [e for e in self.gold_events if e.id not in skip]
            for c in data["clusters"]:
                self.pairs |= set(itertools.combinations(sorted(i for i in c["ids"] if i not in skip), 2))
        for c in (
            []
            if name in ID_CLUSTERS
            else json.loads(path.with_name(f"{name}-clusters.json").read_text(encoding="utf-8"))
        ):
            ids = []
            for m in c["members"]:
                evs = self.gold[m["doc"]]["events"]
                i = next(
                    i for i, g in enumerate(evs) if g["evidence"] == m["evidence"] and g["type"] == m["type"]
                )
                if not evs[i].get("optional"):
                    ids.append(f"{m['doc']}#{i}")
            self.pairs |= set(itertools.combinations(sorted(ids), 2))
        self.runs: list[tuple[list[Event], dict[str, set[str]]]] = []
        for run in extracted:
            events: list[Event] = []
            maps: dict[str, set[str]] = {}
            for d in run:
                if d["evidence"][0]["doc"] in self.gold:
                    e = event_from_dict(d)
                    events.append(e)
                    maps[e.id] = {
                        g
                        for s in d["evidence"]
                        if (g := _gold_of(self.gold, s["doc"], d["type"], s["start"], s["end"]))
                        and g not in self.skipped
                    }
            self.runs.append((events, maps))

    def _score(self, events: Sequence[Event], maps: dict[str, set[str]] | None) -> tuple[float, float]:
        predicted: set[tuple[str, str]] = set()
        for m in merge_events(events, self.documents):
            golds = set().union(*(maps.get(i, set()) for i in m.member_ids)) if maps else set(m.member_ids)
            predicted |= {
                (a, b)
                for a, b in itertools.combinations(sorted(golds), 2)
                if a.split("#")[0] != b.split("#")[0]
            }
        right = len(predicted & self.pairs)
        return (right / len(predicted) if predicted else 1.0), (
            right / len(self.pairs) if self.pairs else 1.0
        )

    def scores(self) -> list[tuple[float, float]]:
        return [self._score(self.gold_events, None)] + [self._score(e, m) for e, m in self.runs]


BETA = 0.5  # precision counts double (--beta changes it)


def f_half(p: float, r: float) -> float:
    b2 = BETA * BETA
    return 0.0 if p + r == 0 else (1 + b2) * p * r / (b2 * p + r)


def development_half(name: str) -> bool:
    """The sets whose passages may be read and tuned on: not invented_gold_N with N even."""
    number = name.removeprefix("invented_gold_")
    return not (number.isdigit() and int(number) % 2 == 0)


def _option(argv: list[str], name: str) -> str | None:
    return next((a.split("=", 1)[1] for a in argv if a.startswith(f"--{name}=")), None)


def value(scores: list[tuple[float, float]]) -> float:
    return sum(f_half(p, r) for p, r in scores) / len(scores)


def main(argv: list[str]) -> int:
    global BETA
    current = "--current" in argv  # score the stored weights only (a quick check after a change)
    BETA = float(_option(argv, "beta") or BETA)
    grid = json.loads(_option(argv, "grid") or "null") or GRID
    half = _option(argv, "half")
    extracted = [
        [json.loads(x) for x in Path(a).read_text(encoding="utf-8").splitlines() if x]
        for a in argv[1:]
        if not a.startswith("--")
    ]
    sets = {
        n: Set(n, extracted)
        for n in ("dev", "dev2", "dev3", "invented", *(k for k in BESIDE if k.startswith("invented_gold")))
        if half != "dev" or development_half(n)
    }
    if current:
        for n, s in sets.items():
            print(f"  {n} (gold, extracted): " + ", ".join(f"P {p:.2f} R {r:.2f}" for p, r in s.scores()))
        return 0
    names = list(grid)
    results = []
    with cached_profiles():  # the events do not change between settings: profile each once
        for combo in itertools.product(*grid.values()):
            with trying(**dict(zip(names, combo, strict=True))):
                results.append((combo, {n: s.scores() for n, s in sets.items()}))
    fmt = lambda sc: ", ".join(f"P {p:.2f} R {r:.2f}" for p, r in sc)  # noqa: E731
    # With --worst, a setting is chosen first by its lowest precision over the chosen sets (one
    # wrong merge corrupts a record, and unseen coverage is judged by its worst case), then by F0.5.
    worst = "--worst" in argv

    def merit(r: tuple, chosen: list[str]) -> tuple[float, ...]:
        total = sum(value(r[1][n]) for n in chosen)
        return (min(p for n in chosen for p, _ in r[1][n]), total) if worst else (total,)

    held_worst = 1.0
    for test in sets:
        train = [n for n in sets if n != test]
        best = max(results, key=lambda r: merit(r, train))  # chosen without the test set
        held_worst = min([held_worst, *(p for p, _ in best[1][test])])
        print(f"tuned on {' + '.join(train)}: {dict(zip(names, best[0], strict=True))}")
        print(f"  held-out {test} (gold, extracted): {fmt(best[1][test])}")
    print(f"worst held-out precision: {held_worst:.2f}")
    both = max(results, key=lambda r: merit(r, list(sets)))
    print(f"best on all: {dict(zip(names, both[0], strict=True))}")
    for n in sets:
        print(f"  {n}: " + ", ".join(f"P {p:.2f} R {r:.2f}" for p, r in both[1][n]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
