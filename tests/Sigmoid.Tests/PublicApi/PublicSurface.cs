using System.Reflection;

namespace Sigmoid.Tests.PublicApi;

/// <summary>Lists an assembly's public types and members, one readable line each, sorted (ordinal).</summary>
internal static class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string[] Of(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            string owner = Name(type);
            lines.Add($"{Kind(type)} {owner}{BaseList(type)}{Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(n => $"{owner}: {n}"));
                continue;
            }
            foreach (var c in type.GetConstructors(Declared))
                lines.Add($"{owner}: new({Parameters(c)})");
            foreach (var m in type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
                lines.Add($"{owner}: {Modifiers(m)}{Name(m.ReturnType)} {m.Name}{GenericArguments(m)}({Parameters(m)}){Constraints(m.IsGenericMethodDefinition ? m.GetGenericArguments() : [])}");
            foreach (var p in type.GetProperties(Declared))
            {
                var accessor = (p.GetMethod ?? p.SetMethod)!;
                string get = p.GetMethod is { IsPublic: true } ? "get; " : "";
                string set = p.SetMethod is { IsPublic: true } s ? (IsInit(s) ? "init; " : "set; ") : "";
                string indexer = p.GetIndexParameters().Length > 0 ? $"this[{Parameters(p.GetIndexParameters())}]" : p.Name;
                lines.Add($"{owner}: {(accessor.IsStatic ? "static " : "")}{Name(p.PropertyType)} {indexer} {{ {get}{set}}}");
            }
            foreach (var f in type.GetFields(Declared))
                lines.Add($"{owner}: {(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}");
            foreach (var e in type.GetEvents(Declared))
                lines.Add($"{owner}: event {Name(e.EventHandlerType!)} {e.Name}");
        }
        return lines.Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct"
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string BaseList(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
            bases.Add(Name(b));
        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Modifiers(MethodInfo m) =>
        (m.IsStatic ? "static " : "") + (m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !m.DeclaringType!.IsInterface ? "virtual " : "");

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(Name))}>" : "";

    private static string Constraints(Type[] parameters) =>
        string.Concat(parameters.Select(p =>
        {
            var c = new List<string>();
            var a = p.GenericParameterAttributes;
            if (a.HasFlag(System.Reflection.GenericParameterAttributes.NotNullableValueTypeConstraint)) c.Add("struct");
            else if (a.HasFlag(System.Reflection.GenericParameterAttributes.ReferenceTypeConstraint)) c.Add("class");
            c.AddRange(p.GetGenericParameterConstraints().Where(t => t != typeof(ValueType)).Select(Name).Order(StringComparer.Ordinal));
            return c.Count == 0 ? "" : $" where {p.Name} : {string.Join(", ", c)}";
        }));

    private static string Parameters(MethodBase m) => Parameters(m.GetParameters());

    private static string Parameters(ParameterInfo[] ps) =>
        string.Join(", ", ps.Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "") + Name(p.ParameterType) + " " + p.Name));

    private static string Name(Type t)
    {
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        if (t.IsGenericParameter) return t.Name;
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        string? keyword = Type.GetTypeCode(t) switch
        {
            TypeCode.Boolean => "bool", TypeCode.Int32 => "int", TypeCode.Int64 => "long", TypeCode.UInt32 => "uint",
            TypeCode.UInt64 => "ulong", TypeCode.Single => "float", TypeCode.Double => "double", TypeCode.String => "string",
            TypeCode.Byte => "byte", _ => null,
        };
        if (keyword is not null && !t.IsEnum) return keyword;
        if (t == typeof(void)) return "void";
        if (t == typeof(object)) return "object";
        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is "System" or null ? t.Name : t.Namespace + "." + t.Name);
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (t.IsGenericType)
        {
            var args = t.GetGenericArguments();
            if (t.IsNested) args = args.Skip(t.DeclaringType!.GetGenericArguments().Length).ToArray();
            if (args.Length > 0) name += "<" + string.Join(", ", args.Select(Name)) + ">";
        }
        return name;
    }
}
