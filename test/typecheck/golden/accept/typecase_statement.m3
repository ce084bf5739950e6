(* TYPECASE tests a reference's allocated type; an arm may bind the narrowed value. *)
MODULE TypecaseStatement EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Animal = OBJECT name: TEXT END;
  Dog = Animal OBJECT tricks: INTEGER END;
  Cat = Animal OBJECT lives: INTEGER := 9 END;

PROCEDURE Describe (r: REFANY): TEXT =
  BEGIN
    TYPECASE r OF
    | NULL => RETURN "nothing";
    | Dog (d) => RETURN d.name & " knows " & Fmt.Int(d.tricks) & " tricks";
    | Cat (c) => RETURN c.name & " has " & Fmt.Int(c.lives) & " lives";
    | Animal, REF INTEGER => RETURN "something";
    ELSE
      RETURN "unknown";
    END;
  END Describe;

PROCEDURE Kind (a: Animal): TEXT =
  BEGIN
    TYPECASE a OF
    | Dog => RETURN "dog";
    | Cat => RETURN "cat";
    ELSE RETURN "animal";
    END;
  END Kind;

BEGIN
  IO.Put(Describe(NEW(Dog, name := "Rex", tricks := 3)) & Kind(NEW(Cat, name := "Tom")) & "\n");
END TypecaseStatement.
