(* An exception argument of object type keeps its dynamic type: the handler can call its methods. *)
MODULE ExceptionObjectArg EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Problem = OBJECT code: INTEGER METHODS describe (): TEXT := Plain END;
  Fatal = Problem OBJECT OVERRIDES describe := Loud END;
EXCEPTION Failed(Problem);
PROCEDURE Plain (p: Problem): TEXT = BEGIN RETURN "problem " & Fmt.Int(p.code) END Plain;
PROCEDURE Loud (p: Problem): TEXT = BEGIN RETURN "FATAL " & Fmt.Int(p.code) END Loud;
PROCEDURE Run (p: Problem) =
  BEGIN
    TRY RAISE Failed(p) EXCEPT Failed (x) => IO.Put(x.describe() & " " & Fmt.Bool(ISTYPE(x, Fatal)) & "\n") END
  END Run;
BEGIN
  Run(NEW(Problem, code := 1));
  Run(NEW(Fatal, code := 2))
END ExceptionObjectArg.
