using System.Reflection;

namespace TikTokMonetization.Tests;

/// <summary>
/// Asserts the equality and ordering contract that every value type in the SDK keeps, and that a user's own value type
/// can be held to: <c>Equals</c>, <c>==</c>, <c>!=</c> and <c>GetHashCode</c> agree; <c>CompareTo</c> is reflexive,
/// antisymmetric and transitive; the non-generic <see cref="IComparable"/> ranks <see langword="null"/> first and rejects
/// other types; and <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> say what <c>CompareTo</c> says.
/// </summary>
/// <remarks>
/// Operators are found by reflection because the SDK also targets netstandard2.0, where the generic math operator
/// interfaces do not exist. A type that is checked here must declare the operators; a missing one fails the check.
/// </remarks>
public static class ValueTypeContract
{
    /// <summary>Asserts that <paramref name="value"/> and <paramref name="equal"/> are equal and <paramref name="unequal"/> is not.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equal">A value equal to <paramref name="value"/>; a different representation (1.0 and 1.00) is the telling case.</param>
    /// <param name="unequal">A value not equal to <paramref name="value"/>.</param>
    public static void AssertEquality<T>(T value, T equal, T unequal)
        where T : struct, IEquatable<T>
    {
        AssertEqualPair(value, equal);
        AssertEqualPair(value, value);
        AssertUnequalPair(value, unequal);
        AssertUnequalPair(equal, unequal);

        object boxed = value;
        Assert.False(boxed.Equals(null), $"{Show(value)}.Equals(null) must be false.");
        Assert.False(boxed.Equals(new object()), $"{Show(value)}.Equals(an object of another type) must be false.");
    }

    /// <summary>
    /// Asserts the full contract on three strictly ordered values, <paramref name="low"/> &lt; <paramref name="middle"/> &lt; <paramref name="high"/>.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="low">The smallest value.</param>
    /// <param name="middle">A value between the others.</param>
    /// <param name="high">The largest value.</param>
    public static void AssertOrdering<T>(T low, T middle, T high)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        var ordered = new[] { low, middle, high };
        foreach (var x in ordered)
        {
            AssertEqualPair(x, x);
            AssertNonGenericComparable(x);
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = 0; j < ordered.Length; j++)
            {
                if (i != j)
                {
                    AssertUnequalPair(ordered[i], ordered[j]);
                }

                var expected = i.CompareTo(j);
                Assert.True(
                    Math.Sign(ordered[i].CompareTo(ordered[j])) == expected,
                    $"{Show(ordered[i])}.CompareTo({Show(ordered[j])}) should have sign {expected}.");
                AssertAntisymmetric(ordered[i], ordered[j]);
                AssertOperatorsAgree(ordered[i], ordered[j]);
            }
        }

        // Transitivity on the chain: low < middle and middle < high must give low < high.
        Assert.True(low.CompareTo(middle) < 0 && middle.CompareTo(high) < 0 && low.CompareTo(high) < 0, "CompareTo is not transitive.");
    }

    /// <summary>
    /// Asserts that two values, typically two representations of one value, are equal in every sense: <c>Equals</c>,
    /// operators, hash code, and <c>CompareTo</c> returning zero.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="left">A value.</param>
    /// <param name="right">A value equal to <paramref name="left"/>.</param>
    public static void AssertEqualValues<T>(T left, T right)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        AssertEqualPair(left, right);
        AssertAntisymmetric(left, right);
        Assert.True(left.CompareTo(right) == 0, $"{Show(left)}.CompareTo({Show(right)}) should be 0.");
        Assert.True(((IComparable)left).CompareTo(right) == 0, $"IComparable.CompareTo({Show(left)}, {Show(right)}) should be 0.");
        AssertOperatorsAgree(left, right);
        AssertNonGenericComparable(left);
    }

    private static void AssertEqualPair<T>(T left, T right)
        where T : struct, IEquatable<T>
    {
        Assert.True(left.Equals(right), $"{Show(left)}.Equals({Show(right)}) should be true.");
        Assert.True(right.Equals(left), $"{Show(right)}.Equals({Show(left)}) should be true.");
        Assert.True(left.Equals((object)right), $"{Show(left)}.Equals((object){Show(right)}) should be true.");
        Assert.True(Operator<T>("op_Equality", left, right), $"{Show(left)} == {Show(right)} should be true.");
        Assert.False(Operator<T>("op_Inequality", left, right), $"{Show(left)} != {Show(right)} should be false.");
        Assert.True(
            left.GetHashCode() == right.GetHashCode(),
            $"Equal values {Show(left)} and {Show(right)} must have equal hash codes.");
    }

    private static void AssertUnequalPair<T>(T left, T right)
        where T : struct, IEquatable<T>
    {
        Assert.False(left.Equals(right), $"{Show(left)}.Equals({Show(right)}) should be false.");
        Assert.False(right.Equals(left), $"{Show(right)}.Equals({Show(left)}) should be false.");
        Assert.False(left.Equals((object)right), $"{Show(left)}.Equals((object){Show(right)}) should be false.");
        Assert.False(Operator<T>("op_Equality", left, right), $"{Show(left)} == {Show(right)} should be false.");
        Assert.True(Operator<T>("op_Inequality", left, right), $"{Show(left)} != {Show(right)} should be true.");
    }

    private static void AssertAntisymmetric<T>(T left, T right)
        where T : struct, IComparable<T>
    {
        Assert.True(
            Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left)),
            $"CompareTo is not antisymmetric for {Show(left)} and {Show(right)}.");
    }

    private static void AssertOperatorsAgree<T>(T left, T right)
        where T : struct, IComparable<T>
    {
        var sign = Math.Sign(left.CompareTo(right));
        Assert.True(Operator<T>("op_LessThan", left, right) == sign < 0, $"{Show(left)} < {Show(right)} disagrees with CompareTo.");
        Assert.True(Operator<T>("op_LessThanOrEqual", left, right) == sign <= 0, $"{Show(left)} <= {Show(right)} disagrees with CompareTo.");
        Assert.True(Operator<T>("op_GreaterThan", left, right) == sign > 0, $"{Show(left)} > {Show(right)} disagrees with CompareTo.");
        Assert.True(Operator<T>("op_GreaterThanOrEqual", left, right) == sign >= 0, $"{Show(left)} >= {Show(right)} disagrees with CompareTo.");
    }

    private static void AssertNonGenericComparable<T>(T value)
        where T : struct, IComparable
    {
        // IComparable's documented contract: every instance is greater than null, and another type is an argument error.
        Assert.True(value.CompareTo(null) > 0, $"IComparable.CompareTo(null) on {Show(value)} should be positive.");
        Assert.Throws<ArgumentException>(() => value.CompareTo(new object()));
        Assert.Throws<ArgumentException>(() => value.CompareTo("not a " + typeof(T).Name));
    }

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, [typeof(T), typeof(T)], null);
        Assert.True(method is not null && method.ReturnType == typeof(bool), $"{typeof(T).Name} does not declare a public bool {name}({typeof(T).Name}, {typeof(T).Name}).");
        try
        {
            return (bool)method.Invoke(null, [left, right])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // Surface the operator's own exception, not the reflection wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static string Show<T>(T value) => $"{typeof(T).Name}({value})";
}
