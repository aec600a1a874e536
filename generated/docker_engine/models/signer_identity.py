from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignerIdentity")


@_attrs_define
class SignerIdentity:
    """
    Attributes:
        certificate_issuer (str | Unset):
        subject_alternative_name (str | Unset):
        issuer (str | Unset):
        build_signer_uri (str | Unset):
        build_signer_digest (str | Unset):
        runner_environment (str | Unset):
        source_repository_uri (str | Unset):
        source_repository_digest (str | Unset):
        source_repository_ref (str | Unset):
        source_repository_identifier (str | Unset):
        source_repository_owner_uri (str | Unset):
        source_repository_owner_identifier (str | Unset):
        build_config_uri (str | Unset):
        build_config_digest (str | Unset):
        build_trigger (str | Unset):
        run_invocation_uri (str | Unset):
        source_repository_visibility_at_signing (str | Unset):
    """

    certificate_issuer: str | Unset = UNSET
    subject_alternative_name: str | Unset = UNSET
    issuer: str | Unset = UNSET
    build_signer_uri: str | Unset = UNSET
    build_signer_digest: str | Unset = UNSET
    runner_environment: str | Unset = UNSET
    source_repository_uri: str | Unset = UNSET
    source_repository_digest: str | Unset = UNSET
    source_repository_ref: str | Unset = UNSET
    source_repository_identifier: str | Unset = UNSET
    source_repository_owner_uri: str | Unset = UNSET
    source_repository_owner_identifier: str | Unset = UNSET
    build_config_uri: str | Unset = UNSET
    build_config_digest: str | Unset = UNSET
    build_trigger: str | Unset = UNSET
    run_invocation_uri: str | Unset = UNSET
    source_repository_visibility_at_signing: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_issuer = self.certificate_issuer

        subject_alternative_name = self.subject_alternative_name

        issuer = self.issuer

        build_signer_uri = self.build_signer_uri

        build_signer_digest = self.build_signer_digest

        runner_environment = self.runner_environment

        source_repository_uri = self.source_repository_uri

        source_repository_digest = self.source_repository_digest

        source_repository_ref = self.source_repository_ref

        source_repository_identifier = self.source_repository_identifier

        source_repository_owner_uri = self.source_repository_owner_uri

        source_repository_owner_identifier = self.source_repository_owner_identifier

        build_config_uri = self.build_config_uri

        build_config_digest = self.build_config_digest

        build_trigger = self.build_trigger

        run_invocation_uri = self.run_invocation_uri

        source_repository_visibility_at_signing = (
            self.source_repository_visibility_at_signing
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate_issuer is not UNSET:
            field_dict["CertificateIssuer"] = certificate_issuer
        if subject_alternative_name is not UNSET:
            field_dict["SubjectAlternativeName"] = subject_alternative_name
        if issuer is not UNSET:
            field_dict["Issuer"] = issuer
        if build_signer_uri is not UNSET:
            field_dict["BuildSignerURI"] = build_signer_uri
        if build_signer_digest is not UNSET:
            field_dict["BuildSignerDigest"] = build_signer_digest
        if runner_environment is not UNSET:
            field_dict["RunnerEnvironment"] = runner_environment
        if source_repository_uri is not UNSET:
            field_dict["SourceRepositoryURI"] = source_repository_uri
        if source_repository_digest is not UNSET:
            field_dict["SourceRepositoryDigest"] = source_repository_digest
        if source_repository_ref is not UNSET:
            field_dict["SourceRepositoryRef"] = source_repository_ref
        if source_repository_identifier is not UNSET:
            field_dict["SourceRepositoryIdentifier"] = source_repository_identifier
        if source_repository_owner_uri is not UNSET:
            field_dict["SourceRepositoryOwnerURI"] = source_repository_owner_uri
        if source_repository_owner_identifier is not UNSET:
            field_dict["SourceRepositoryOwnerIdentifier"] = (
                source_repository_owner_identifier
            )
        if build_config_uri is not UNSET:
            field_dict["BuildConfigURI"] = build_config_uri
        if build_config_digest is not UNSET:
            field_dict["BuildConfigDigest"] = build_config_digest
        if build_trigger is not UNSET:
            field_dict["BuildTrigger"] = build_trigger
        if run_invocation_uri is not UNSET:
            field_dict["RunInvocationURI"] = run_invocation_uri
        if source_repository_visibility_at_signing is not UNSET:
            field_dict["SourceRepositoryVisibilityAtSigning"] = (
                source_repository_visibility_at_signing
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        certificate_issuer = d.pop("CertificateIssuer", UNSET)

        subject_alternative_name = d.pop("SubjectAlternativeName", UNSET)

        issuer = d.pop("Issuer", UNSET)

        build_signer_uri = d.pop("BuildSignerURI", UNSET)

        build_signer_digest = d.pop("BuildSignerDigest", UNSET)

        runner_environment = d.pop("RunnerEnvironment", UNSET)

        source_repository_uri = d.pop("SourceRepositoryURI", UNSET)

        source_repository_digest = d.pop("SourceRepositoryDigest", UNSET)

        source_repository_ref = d.pop("SourceRepositoryRef", UNSET)

        source_repository_identifier = d.pop("SourceRepositoryIdentifier", UNSET)

        source_repository_owner_uri = d.pop("SourceRepositoryOwnerURI", UNSET)

        source_repository_owner_identifier = d.pop(
            "SourceRepositoryOwnerIdentifier", UNSET
        )

        build_config_uri = d.pop("BuildConfigURI", UNSET)

        build_config_digest = d.pop("BuildConfigDigest", UNSET)

        build_trigger = d.pop("BuildTrigger", UNSET)

        run_invocation_uri = d.pop("RunInvocationURI", UNSET)

        source_repository_visibility_at_signing = d.pop(
            "SourceRepositoryVisibilityAtSigning", UNSET
        )

        signer_identity = cls(
            certificate_issuer=certificate_issuer,
            subject_alternative_name=subject_alternative_name,
            issuer=issuer,
            build_signer_uri=build_signer_uri,
            build_signer_digest=build_signer_digest,
            runner_environment=runner_environment,
            source_repository_uri=source_repository_uri,
            source_repository_digest=source_repository_digest,
            source_repository_ref=source_repository_ref,
            source_repository_identifier=source_repository_identifier,
            source_repository_owner_uri=source_repository_owner_uri,
            source_repository_owner_identifier=source_repository_owner_identifier,
            build_config_uri=build_config_uri,
            build_config_digest=build_config_digest,
            build_trigger=build_trigger,
            run_invocation_uri=run_invocation_uri,
            source_repository_visibility_at_signing=source_repository_visibility_at_signing,
        )

        signer_identity.additional_properties = d
        return signer_identity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
