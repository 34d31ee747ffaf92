from framelane.models import Job


def dump(job: Job) -> object:
    # expected: mypy: "to_dict" | pyright: "Literal['yaml']"
    return job.to_dict(mode="yaml")
