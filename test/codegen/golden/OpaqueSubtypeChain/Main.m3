(* Chains of subtypes across three modules: Counter.T's hidden part is laid out by Counter, the
   levels Named and Quiet by Ext (Quiet's hidden from Main too), and Main adds one more level to
   each. Every module reads the sizes and method counts of the levels above it at run time. *)
MODULE Main;
IMPORT IO, Fmt, Counter, Ext;

TYPE
  Titled = Ext.Named OBJECT
    title: TEXT := "Dr";
  OVERRIDES
    describe := TitledDescribe;
  END;
  Hushed = Ext.Quiet OBJECT
    level: [0 .. 255] := 9;
  METHODS
    hush (): INTEGER := Hush;
  END;

PROCEDURE TitledDescribe (t: Titled): TEXT =
  BEGIN
    RETURN t.title & " " & Ext.Named.describe(t)
  END TitledDescribe;

PROCEDURE Hush (h: Hushed): INTEGER =
  BEGIN
    RETURN h.level * 100 + Ext.Whispers(h)
  END Hush;

PROCEDURE Kind (r: REFANY): TEXT =
  BEGIN
    TYPECASE r OF
    | Titled => RETURN "Titled"
    | Ext.Named => RETURN "Named"
    | Hushed => RETURN "Hushed"
    | Ext.Quiet => RETURN "Quiet"
    | Counter.T => RETURN "Counter.T"
    ELSE RETURN "other"
    END
  END Kind;

VAR
  t := NEW(Titled, name := "Who");
  n := NEW(Ext.Named);
  h := NEW(Hushed);
  q := Ext.NewQuiet();
BEGIN
  t.inc();
  n.inc(); n.inc();
  IO.Put(t.describe() & "; " & n.describe() & "\n");
  h.inc(); h.inc(); h.inc();
  q.inc();
  IO.Put("hushed: get " & Fmt.Int(h.get()) & ", hush " & Fmt.Int(h.hush()) & ", Counter.Get "
           & Fmt.Int(Counter.Get(h)) & "; quiet: " & Fmt.Int(q.get()) & " "
           & Fmt.Int(Ext.Whispers(q)) & "\n");
  IO.Put(Kind(t) & " " & Kind(n) & " " & Kind(h) & " " & Kind(q) & "\n")
END Main.
