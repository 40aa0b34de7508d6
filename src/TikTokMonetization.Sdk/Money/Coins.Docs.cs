namespace TikTokMonetization;

/// <summary>
/// A number of TikTok coins: the virtual currency viewers buy with money and spend on LIVE gifts.
/// </summary>
/// <remarks>
/// <para>
/// A gift's price is stated in coins (a Rose costs 1 coin). What a coin cost the viewer differs by era, region and purchase channel, and none of it reaches the creator as coins: the creator collects <see cref="Diamonds"/>.
/// </para>
/// <para>
/// A distinct type so that coins can never be added to <see cref="Money"/> or to <see cref="Diamonds"/> by accident: conversion
/// happens only through a <see cref="RateCards.RateCard"/>. The value is a <see cref="decimal"/> because estimates are
/// expected values ("12,345.6 coins expected"); observed counts are whole numbers. Arithmetic is checked: overflow
/// throws <see cref="OverflowException"/>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly partial struct Coins
{
}
