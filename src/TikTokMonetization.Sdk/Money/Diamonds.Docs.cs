namespace TikTokMonetization;

/// <summary>
/// A number of TikTok diamonds: what a creator collects when viewers send LIVE gifts.
/// </summary>
/// <remarks>
/// <para>
/// TikTok awards diamonds for gifts received (client libraries expose a gift's <c>diamond_count</c>, equal to its coin price) and pays creators a cash reward per diamond that varies by era and region; see the rate card documentation.
/// </para>
/// <para>
/// A distinct type so that diamonds can never be added to <see cref="Money"/> or to <see cref="Coins"/> by accident: conversion
/// happens only through a <see cref="RateCards.RateCard"/>. The value is a <see cref="decimal"/> because estimates are
/// expected values ("12,345.6 diamonds expected"); observed counts are whole numbers. Arithmetic is checked: overflow
/// throws <see cref="OverflowException"/>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly partial struct Diamonds
{
}
