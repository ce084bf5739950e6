(* Nested procedures passed as procedure parameters to another module: they read and write the
   locals of the activation that passed them, recurse, and compare with = and NIL. *)
MODULE Main;
IMPORT IO, Fmt, Seq;

PROCEDURE Top (i: INTEGER): BOOLEAN =
  BEGIN
    IO.Put("top " & Fmt.Int(i) & "\n");
    RETURN i < 2
  END Top;

PROCEDURE SumTo (n: INTEGER): INTEGER =
  VAR sum := 0; count := 0;
  PROCEDURE Add (i: INTEGER): BOOLEAN =
    BEGIN
      INC(sum, i);
      INC(count);
      RETURN TRUE
    END Add;
  BEGIN
    Seq.ForEach(1, n, Add);
    IO.Put("SumTo visited " & Fmt.Int(count) & "\n");
    RETURN sum
  END SumTo;

(* Each activation of Depth has its own total; Visit reaches the one that passed it. *)
PROCEDURE Depth (level: INTEGER): INTEGER =
  VAR total := 0;
  PROCEDURE Visit (i: INTEGER): BOOLEAN =
    BEGIN
      IF level > 0 THEN INC(total, Depth(level - 1)) END;
      INC(total, i * level);
      RETURN TRUE
    END Visit;
  BEGIN
    Seq.ForEach(1, 2, Visit);
    RETURN total
  END Depth;

(* Two levels of nesting: Inner updates its parent's and its grandparent's locals. *)
PROCEDURE Outer (): INTEGER =
  VAR a := 100;
  PROCEDURE Middle (): INTEGER =
    VAR b := 10;
    PROCEDURE Inner (i: INTEGER): BOOLEAN =
      BEGIN
        INC(a, i);
        INC(b, i);
        RETURN i < 3
      END Inner;
    BEGIN
      Seq.ForEach(1, 10, Inner);
      RETURN b
    END Middle;
  BEGIN
    RETURN Middle() * 1000 + a
  END Outer;

(* A nested procedure that passes itself on. *)
PROCEDURE Countdown (from: INTEGER): TEXT =
  VAR out := "";
  PROCEDURE Tick (i: INTEGER): BOOLEAN =
    BEGIN
      out := out & Fmt.Int(i) & " ";
      IF i > 1 THEN RETURN Seq.Call(Tick, i - 1) END;
      RETURN TRUE
    END Tick;
  BEGIN
    EVAL Seq.Call(Tick, from);
    RETURN out
  END Countdown;

PROCEDURE Compare () =
  VAR last := 0;
  PROCEDURE A (i: INTEGER): BOOLEAN =
    BEGIN
      last := i;
      RETURN TRUE
    END A;
  PROCEDURE B (i: INTEGER): BOOLEAN =
    BEGIN
      RETURN i = last
    END B;
  PROCEDURE Check (v: Seq.Visitor): TEXT =
    BEGIN
      IF v = NIL THEN RETURN "NIL" END;
      IF v = A THEN RETURN "A" END;
      IF v = Top THEN RETURN "Top" END;
      RETURN "other"
    END Check;
  BEGIN
    IO.Put("Same(A, A) " & Fmt.Bool(Seq.Same(A, A)) & "\n");
    IO.Put("Same(A, B) " & Fmt.Bool(Seq.Same(A, B)) & "\n");
    IO.Put("Same(A, Top) " & Fmt.Bool(Seq.Same(A, Top)) & "\n");
    IO.Put("Same(Top, Top) " & Fmt.Bool(Seq.Same(Top, Top)) & "\n");
    IO.Put("IsNil(A) " & Fmt.Bool(Seq.IsNil(A)) & ", IsNil(NIL) " & Fmt.Bool(Seq.IsNil(NIL)) & "\n");
    IO.Put("Check: " & Check(A) & " " & Check(B) & " " & Check(Top) & " " & Check(NIL) & "\n");
    EVAL Seq.Call(A, 42);
    IO.Put("B(42) through Call " & Fmt.Bool(Seq.Call(B, 42)) & "\n")
  END Compare;

BEGIN
  IO.Put("SumTo(100) = " & Fmt.Int(SumTo(100)) & "\n");
  IO.Put("Depth(3) = " & Fmt.Int(Depth(3)) & "\n");
  IO.Put("Outer() = " & Fmt.Int(Outer()) & "\n");
  IO.Put("Countdown(5) = " & Countdown(5) & "\n");
  Seq.ForEach(1, 5, Top);
  Compare()
END Main.
