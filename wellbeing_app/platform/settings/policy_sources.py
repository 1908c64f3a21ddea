"""Every policy source of this OS, highest first, layered into the one policy that applies.

A source only fills the keys the sources above it leave unset, so nothing below a machine policy
(per-user policy, ``WELLBEING_POLICY_FILE``) can change or unlock what the machine policy sets.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellbeing_app.domain.settings.layers import (
    DEFAULT_LOCK_REASON,
    NO_POLICY,
    Policy,
    fail_safe_policy,
)
from wellbeing_app.platform.settings.managed_preferences import (
    managed_plist_paths,
    read_managed_preferences,
)
from wellbeing_app.platform.settings.policy_file import (
    POLICY_ENV,
    policy_locations,
    read_policy_file,
)
from wellbeing_app.platform.settings.registry_policy import (
    MACHINE_HIVE,
    USER_HIVE,
    PolicyValues,
    policy_key_name,
    read_registry_policy,
    winreg_policy_values,
)


@dataclass(frozen=True)
class PolicySource:
    """One place a policy may come from; ``read`` returns None when nothing is there."""

    name: str
    read: Callable[[], Policy | None]


@dataclass(frozen=True)
class LayeredPolicy:
    """The policy in force and, for ``wellbeing settings``, what each source held."""

    policy: Policy
    consulted: tuple[str, ...]


def _registry_sources(values: PolicyValues | None) -> list[PolicySource]:
    def reader(hive: str) -> Callable[[], Policy | None]:
        def read() -> Policy | None:
            try:
                source = values if values is not None else winreg_policy_values()
                return read_registry_policy(source, hive)
            except OSError as error:
                name = policy_key_name(hive)
                return fail_safe_policy(name, f"{name}: unreadable: {error}")
        return read
    return [PolicySource(policy_key_name(h), reader(h)) for h in (MACHINE_HIVE, USER_HIVE)]


def _file_source(path: Path) -> PolicySource:
    return PolicySource(str(path), lambda: read_policy_file(path))


def _plist_source(path: Path) -> PolicySource:
    return PolicySource(str(path), lambda: read_managed_preferences(path))


def machine_sources(platform: str = sys.platform, environ: Mapping[str, str] = os.environ,
                    registry: PolicyValues | None = None, user: str | None = None
                    ) -> list[PolicySource]:
    """This OS's machine and per-user policy sources, highest first (no environment override)."""
    if platform == "win32":
        return _registry_sources(registry)
    files = [_file_source(path) for path in policy_locations(platform, environ)]
    if platform == "darwin":
        machine, *per_user = managed_plist_paths(user if user is not None else getpass.getuser())
        return [_plist_source(machine), *files, *(_plist_source(p) for p in per_user)]
    return files


def policy_sources(platform: str = sys.platform, environ: Mapping[str, str] = os.environ,
                   registry: PolicyValues | None = None, user: str | None = None
                   ) -> list[PolicySource]:
    """Machine sources, then ``WELLBEING_POLICY_FILE`` (tests and trials) at the bottom."""
    sources = machine_sources(platform, environ, registry, user)
    if environ.get(POLICY_ENV):
        path = Path(environ[POLICY_ENV]).expanduser()
        sources.append(PolicySource(f"{path} ({POLICY_ENV}, below the machine policy)",
                                    lambda: read_policy_file(path)))
    return sources


def merge_policies(layers: Sequence[Policy]) -> Policy:
    """Highest first: the first layer that sets a key decides its value and whether it is locked."""
    presets: dict[str, Any] = {}
    locked: dict[str, Any] = {}
    reason = ""
    for layer in layers:
        taken = presets.keys() | locked.keys()
        fresh_locks = {k: v for k, v in layer.locked.items() if k not in taken}
        locked.update(fresh_locks)
        presets.update({k: v for k, v in layer.presets.items() if k not in taken})
        if fresh_locks and not reason:
            reason = layer.reason
    return Policy(presets, locked, reason or DEFAULT_LOCK_REASON,
                  "; ".join(layer.origin for layer in layers if layer.origin),
                  tuple(problem for layer in layers for problem in layer.problems))


def _describe(name: str, policy: Policy | None) -> str:
    if policy is None:
        return f"{name}: not set"
    return f"{name}: {len(policy.locked)} locked, {len(policy.presets)} preset"


def load_layered_policy(sources: Sequence[PolicySource] | None = None) -> LayeredPolicy:
    """Read every source (default: this OS's) and layer them."""
    found: list[Policy] = []
    consulted: list[str] = []
    for source in sources if sources is not None else policy_sources():
        policy = source.read()
        consulted.append(_describe(source.name, policy))
        if policy is not None:
            found.append(policy)
    return LayeredPolicy(merge_policies(found) if found else NO_POLICY, tuple(consulted))


def load_machine_policy() -> Policy:
    """The policy in force on this machine, for this user."""
    return load_layered_policy().policy
