(* Exceptions raised deep in a call chain unwind the shadow stack: a loop of many raises stays
   within the stack, and allocation after each catch still works. *)
MODULE ExceptionInLoop EXPORTS Main;
IMPORT IO, Fmt;
EXCEPTION Odd(TEXT);
PROCEDURE Check (n: INTEGER) RAISES {Odd} =
  VAR label := "n=" & Fmt.Int(n);
  BEGIN
    IF n MOD 2 = 1 THEN RAISE Odd(label) END
  END Check;
PROCEDURE Chain (n, depth: INTEGER) RAISES {Odd} =
  BEGIN
    IF depth = 0 THEN Check(n) ELSE Chain(n, depth - 1) END
  END Chain;
VAR odd := 0; last := "";
BEGIN
  FOR i := 1 TO 100000 DO
    TRY Chain(i, 10) EXCEPT Odd (t) => INC(odd); last := t END
  END;
  IO.Put(Fmt.Int(odd) & " odd, last " & last & "\n")
END ExceptionInLoop.
