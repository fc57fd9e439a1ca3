import pytest

from hadath.doc.model import Document
from hadath.errors import PipelineError
from hadath.pipeline import Pipeline, build_pipeline, make_stage
from hadath.text.stage import TextStage


class NeedsEntities:
    name = "needs"
    requires = ("tokens", "entities", "dates")
    provides = ("events",)

    def __call__(self, doc):
        return doc


class ReturnsNothing:
    name = "broken"
    requires = ("text",)
    provides = ()

    def __call__(self, doc):
        return None


def test_pipeline_refuses_missing_requirements_with_a_list():
    with pytest.raises(PipelineError) as info:
        Pipeline([TextStage(), NeedsEntities()])
    msg = str(info.value)
    assert "entities" in msg and "dates" in msg and "available" in msg and "tokens" in msg


def test_pipeline_refuses_non_stages():
    with pytest.raises(PipelineError):
        Pipeline([object()])  # type: ignore[list-item]


def test_pipeline_checks_what_stages_return():
    with pytest.raises(PipelineError):
        Pipeline([ReturnsNothing()])(Document("نص"))


def test_pipeline_records_layers_provided():
    doc = build_pipeline(["text"])(Document("نص قصير."))
    assert {"sentences", "tokens", "words"} <= doc.layers


def test_pipeline_unknown_stage_name():
    with pytest.raises(PipelineError):
        make_stage("nope")
