MODULE FastPathCorners;

(* Constructs the descent parser chooses by one token of lookahead where the grammar looks
   further; test/lang/parse/descent.test.ts checks that both build the same tree for each. *)

IMPORT Text;

TYPE
  Base = OBJECT n: INTEGER END;
  Sub = Base OBJECT m: INTEGER END;
  Tagged = Base BRANDED "tag" OBJECT END;
  Named = Text.T;
  Deep = REF ARRAY OF Base;

PROCEDURE F(x: INTEGER): INTEGER =
  VAR o := NEW(Base OBJECT k: INTEGER END, n := 1);
  BEGIN
    IF x < 0 THEN RETURN - x ELSIF x = 0 THEN RETURN 0 ELSE RETURN x END
  END F;

PROCEDURE G() =
  BEGIN
    FOR i := 1 TO 10 BY 2 DO EVAL F(i) END;
    FOR i := 10 TO 1 BY -1 DO EVAL F(-i); END;
    WHILE FALSE DO RETURN END;
    IF TRUE THEN RETURN ELSE RETURN; END;
    LOOP EXIT END;
    RETURN
  END G;

PROCEDURE H(READONLY t: Named; d: Deep): BOOLEAN =
  BEGIN
    RETURN Text.Length(t) > 0 AND d^[0].n = NOT - 1 + 2 * 3 OR (d # NIL)
  END H;

BEGIN
  G();
  EVAL H("x", NIL)
END FastPathCorners.
