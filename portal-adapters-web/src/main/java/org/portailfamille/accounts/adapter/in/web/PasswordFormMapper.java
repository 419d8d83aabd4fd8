package org.portailfamille.accounts.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.portailfamille.accounts.application.port.in.ChangePasswordCommand;
import org.portailfamille.accounts.application.port.in.RequestPasswordResetCommand;
import org.portailfamille.accounts.application.port.in.ResetPasswordCommand;

import java.util.UUID;

/** Password forms → the accounts module's commands. */
@Mapper(componentModel = "spring")
interface PasswordFormMapper {

    @Mapping(target = "loginId", source = "loginId")
    ChangePasswordCommand toCommand(ChangePasswordForm form, UUID loginId);

    ResetPasswordCommand toCommand(ResetPasswordForm form);

    RequestPasswordResetCommand toCommand(ForgottenPasswordForm form);
}
