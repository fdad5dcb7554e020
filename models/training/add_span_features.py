"""Adds the `span_features` output to an exported span-sentiment ONNX model (Debian python3-onnx; no retraining).

The encoder's heads read, per span, the vector [CLS ; mean of the last layer over the span's wordpieces]. The stance
head (dev.slant.models.sentiment.StanceHead, trained by `./slant train stance`) reads the same vector in the JVM, so
the model exposes it as a third output. train_target_sentiment.py exports it itself; this script adds it to a model
exported before it did (minilm-l6-newsmtsc-v2), leaving every weight and the other two outputs unchanged:

    /usr/bin/python3 models/training/add_span_features.py models/src/main/resources/dev/slant/models/sentiment/target-sentiment-minilm.onnx
"""
import sys

import onnx

path = sys.argv[1]
m = onnx.load(path)
g = m.graph
if any(o.name == "span_features" for o in g.output):
    sys.exit(f"{path} already has span_features")
# the heads' common input: the only node feeding both target_head and tone_head MatMuls
heads = [n for n in g.node if n.op_type == "MatMul" and n.name.startswith(("/target_head/", "/tone_head/"))]
inputs = {n.input[0] for n in heads}
if len(heads) != 2 or len(inputs) != 1:
    sys.exit(f"cannot find the heads' common input in {path}: {[n.name for n in heads]}")
g.node.append(onnx.helper.make_node("Identity", [inputs.pop()], ["span_features"], name="span_features"))
g.output.append(onnx.helper.make_tensor_value_info("span_features", onnx.TensorProto.FLOAT, ["batch", "spans", 768]))
onnx.checker.check_model(m)
onnx.save(m, path)
print(f"{path}: span_features added")
