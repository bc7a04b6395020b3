"""Language identification."""

from __future__ import annotations

import pytest

from himaya.text.lang import detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("مطلوب عاملة منزلية للعمل لدى عائلة", "ar"),
        ("The flat is available from June, call for details", "en"),
        ("Se alquila piso en el centro de la ciudad con dos habitaciones", "es"),
        ("Je vends mon vélo en très bon état pour les enfants", "fr"),
        ("Vendo carro em ótimo estado, não aceito troca", "pt"),
        ("Ich verkaufe mein Fahrrad, es ist in gutem Zustand und nicht teuer", "de"),
        ("این آگهی برای فروش خانه است و چند اتاق دارد", "fa"),
        ("Niña de compañía, señor", "es"),
        ("Garçon, ça va très bien", "fr"),
    ],
)
def test_detect(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["", "12345 !!!", "🌹🌹", "xyz qwv"])
def test_detect_unsure(text: str) -> None:
    assert detect(text) is None
