(* TYPECASE without a matching arm takes ELSE; without ELSE it is a checked run-time error. *)
MODULE TypeCaseElse EXPORTS Main;
IMPORT IO;
TYPE A = OBJECT END; B = OBJECT x: INTEGER END;  (* unbranded OBJECT END types would be the same type *)
PROCEDURE Which (x: ROOT): TEXT =
  BEGIN
    TYPECASE x OF A => RETURN "A" ELSE RETURN "not A" END
  END Which;
BEGIN
  IO.Put(Which(NEW(A)) & " " & Which(NEW(B)) & "\n")
END TypeCaseElse.
